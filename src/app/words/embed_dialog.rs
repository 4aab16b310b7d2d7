//! "Embed this explainer": the button and its dialog, built HTML. The
//! dialog's words and choices never change, so they stay out of the wasm;
//! `page::embed_dialog` writes the code for what the editor picks.

use yew::prelude::*;

use crate::app::page::embed_dialog::{CODE, DIALOG, KIND, STATUS, STEP, STEP_FIELD, THEME};
use crate::app::view::{Embed, Theme};
use crate::content::steps::STEPS;
use crate::terms::Choice;

pub fn embed_dialog() -> Html {
    let radio = |value: Embed| {
        html! {
            <label class="radio">
                <input type="radio" name={KIND} value={value.slug()} checked={value == Embed::All} />
                { value.label() }
            </label>
        }
    };
    html! {
        <>
            <button type="button" class="button button-quiet embed-open" aria-haspopup="dialog"
                aria-controls={DIALOG}>{ "Embed this explainer" }</button>
            <dialog id={DIALOG} class="embed-dialog" aria-labelledby="embed-title">
                <h2 id="embed-title">{ "Embed this explainer" }</h2>
                <p>{ "Paste this code into your article. The frame fits the column, sizes itself to its content and follows the reader's light or dark setting." }</p>
                <fieldset class="group">
                    <legend>{ "What to embed" }</legend>
                    { for [Embed::All, Embed::Builder, Embed::Step].into_iter().map(radio) }
                    <div id={STEP_FIELD} hidden=true>
                        <label for={STEP}>{ "Step" }</label>
                        <select id={STEP}>
                            { for STEPS.iter().enumerate().map(|(i, s)| html! {
                                <option value={(i + 1).to_string()}>{ format!("{}. {}", i + 1, s.short) }</option>
                            }) }
                        </select>
                    </div>
                </fieldset>
                <div class="field">
                    <label for={THEME}>{ "Theme" }</label>
                    <select id={THEME}>
                        { for Theme::ALL.iter().map(|t| html! {
                            <option value={t.slug()} selected={*t == Theme::Auto}>{ t.label() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for={CODE}>{ "Embed code" }</label>
                    <textarea id={CODE} readonly=true rows="6" spellcheck="false" />
                </div>
                <div class="dialog-actions">
                    <button type="button" class="button button-primary" data-embed-action="copy">{ "Copy code" }</button>
                    <button type="button" class="button button-quiet" data-embed-action="close">{ "Close" }</button>
                </div>
                <p class="dialog-status" id={STATUS} role="status"></p>
            </dialog>
        </>
    }
}
