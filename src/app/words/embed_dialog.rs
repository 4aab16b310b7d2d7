//! "Embed this explainer": the button and its dialog, built HTML. The
//! dialog's words and choices never change, so they stay out of the wasm;
//! `page::embed_dialog` writes the code for what the editor picks.

use yew::prelude::*;

use crate::app::markers::class::EMBED_OPEN;
use crate::app::markers::embed_action;
use crate::app::markers::id::{COPY_DIALOG, COPY_DIALOG_TITLE as COPY_TITLE, COPY_HOW, COPY_TEXT};
use crate::app::markers::id::{
    EMBED_CODE as CODE, EMBED_DIALOG as DIALOG, EMBED_DIALOG_TITLE as TITLE,
    EMBED_STATUS as STATUS, EMBED_STEP as STEP, EMBED_STEP_FIELD as STEP_FIELD,
    EMBED_THEME as THEME,
};
use crate::app::markers::name::EMBED_KIND as KIND;
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
            <button type="button" class={classes!("button", "button-quiet", EMBED_OPEN)} aria-haspopup="dialog"
                aria-controls={DIALOG}>{ "Embed this explainer" }</button>
            <dialog id={DIALOG} class="embed-dialog" aria-labelledby={TITLE}>
                <h2 id={TITLE}>{ "Embed this explainer" }</h2>
                <p>{ "Paste this code into your article. The frame fits the column, sizes itself to its content and follows the reader's light or dark setting." }</p>
                <fieldset class="group">
                    <legend>{ "What to embed" }</legend>
                    { for [Embed::All, Embed::Builder, Embed::Step].into_iter().map(radio) }
                    <div id={STEP_FIELD} hidden=true>
                        <label for={STEP}>{ "Step" }</label>
                        <select id={STEP}>
                            { for STEPS.iter().enumerate().map(|(i, s)| html! {
                                <option value={s.name}>{ format!("{}. {}", i + 1, s.short) }</option>
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
                    <button type="button" class="button button-primary" data-embed-action={embed_action::COPY}>{ "Copy code" }</button>
                    <button type="button" class="button button-quiet" data-embed-action={embed_action::CLOSE}>{ "Close" }</button>
                </div>
                <p class="dialog-status" id={STATUS} role="status"></p>
            </dialog>
        </>
    }
}

/// Where text is offered when the clipboard cannot take it (a frame that
/// may not write to it, an insecure page): selected in a read-only field,
/// with how to copy it on this device (`app::clipboard`).
pub fn copy_dialog() -> Html {
    html! {
        <dialog id={COPY_DIALOG} class="embed-dialog copy-dialog" aria-labelledby={COPY_TITLE}>
            <h2 id={COPY_TITLE}>{ "Copy this text" }</h2>
            <p>{ "The clipboard is not available here, so the text is selected below." }</p>
            <p id={COPY_HOW} class="dialog-status"></p>
            <textarea id={COPY_TEXT} readonly=true rows="8" spellcheck="false"
                aria-labelledby={COPY_TITLE} aria-describedby={COPY_HOW} />
            <div class="dialog-actions">
                <button type="button" class="button button-quiet" data-copy-close="">{ "Close" }</button>
            </div>
        </dialog>
    }
}
