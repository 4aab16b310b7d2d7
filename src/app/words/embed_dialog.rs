//! "Embed this explainer": the button and its dialog, built HTML. The
//! dialog's words and choices never change, so they stay out of the wasm;
//! `page::embed_dialog` writes the code for what the editor picks.

use crate::app::text::{self, text};
use yew::prelude::*;

use crate::app::embed_code::CodeFormat;
use crate::app::markers::class::EMBED_OPEN;
use crate::app::markers::embed_action;
use crate::app::markers::id::EMBED_AMP_NOTE as AMP_NOTE;
use crate::app::markers::id::{COPY_DIALOG, COPY_DIALOG_TITLE as COPY_TITLE, COPY_HOW, COPY_TEXT};
use crate::app::markers::id::{
    EMBED_CODE as CODE, EMBED_DIALOG as DIALOG, EMBED_DIALOG_TITLE as TITLE, EMBED_LINK as LINK,
    EMBED_LINK_FIELD as LINK_FIELD, EMBED_STATUS as STATUS, EMBED_STEP as STEP,
    EMBED_STEP_FIELD as STEP_FIELD, EMBED_THEME as THEME,
};
use crate::app::markers::name::{EMBED_FORMAT as FORMAT, EMBED_KIND as KIND};
use crate::app::view::{Embed, Theme};
use crate::content::steps::STEPS;
use crate::terms::Choice;

pub fn embed_dialog() -> Html {
    let radio = |value: Embed| {
        html! {
            <label class="radio">
                <input type="radio" name={KIND} value={value.slug()} checked={value == Embed::All} />
                { text::label(value) }
            </label>
        }
    };
    html! {
        <>
            <button type="button" class={classes!("button", "button-quiet", EMBED_OPEN)} aria-haspopup="dialog"
                aria-controls={DIALOG}>{ text("embed-open", &[]) }</button>
            // `role` repeats the tag's own for reader modes (Readability),
            // which leave out dialogs by their role.
            <dialog id={DIALOG} class="embed-dialog" role="dialog" aria-labelledby={TITLE}>
                <h2 id={TITLE}>{ text("embed-title", &[]) }</h2>
                <p>{ text("embed-intro", &[]) }</p>
                <p class="embed-privacy" data-privacy="">{ text("embed-privacy", &[]) }</p>
                <fieldset class="group">
                    <legend>{ text("embed-what", &[]) }</legend>
                    { for [Embed::All, Embed::Builder, Embed::Step].into_iter().map(radio) }
                    <div id={STEP_FIELD} hidden=true>
                        <label for={STEP}>{ text("embed-dialog-step", &[]) }</label>
                        <select id={STEP}>
                            { for STEPS.iter().enumerate().map(|(i, s)| html! {
                                <option value={s.name}>{ text("embed-dialog-step-option", &[("n", &(i + 1).to_string()), ("name", &text::step_short(s))]) }</option>
                            }) }
                        </select>
                    </div>
                </fieldset>
                <div class="field">
                    <label for={THEME}>{ text("embed-theme", &[]) }</label>
                    <select id={THEME}>
                        { for Theme::ALL.iter().map(|t| html! {
                            <option value={t.slug()} selected={*t == Theme::Auto}>{ text::label(*t) }</option>
                        }) }
                    </select>
                </div>
                <fieldset class="group">
                    <legend>{ text("embed-format", &[]) }</legend>
                    { for CodeFormat::ALL.iter().map(|f| html! {
                        <label class="radio">
                            <input type="radio" name={FORMAT} value={f.slug()} checked={*f == CodeFormat::Html} />
                            { text::label(*f) }
                        </label>
                    }) }
                    <p id={AMP_NOTE} class="help" hidden=true>{ text("embed-amp-note", &[]) }</p>
                </fieldset>
                <div class="field">
                    <label for={CODE}>{ text("embed-code", &[]) }</label>
                    <textarea id={CODE} readonly=true rows="6" spellcheck="false" />
                </div>
                <div class="field" id={LINK_FIELD}>
                    <label for={LINK}>{ text("embed-link", &[]) }</label>
                    <input id={LINK} type="url" readonly=true spellcheck="false" translate="no" />
                    <p class="help">{ text("embed-link-help", &[]) }</p>
                </div>
                <div class="dialog-actions">
                    <button type="button" class="button button-primary" data-embed-action={embed_action::COPY}>{ text("embed-copy", &[]) }</button>
                    <button type="button" class="button button-quiet" data-embed-action={embed_action::CLOSE}>{ text("dialog-close", &[]) }</button>
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
        <dialog id={COPY_DIALOG} class="embed-dialog copy-dialog" role="dialog" aria-labelledby={COPY_TITLE}>
            <h2 id={COPY_TITLE}>{ text("copy-title", &[]) }</h2>
            <p>{ text("copy-intro", &[]) }</p>
            <p id={COPY_HOW} class="dialog-status"></p>
            <textarea id={COPY_TEXT} readonly=true rows="8" spellcheck="false"
                aria-labelledby={COPY_TITLE} aria-describedby={COPY_HOW} />
            <div class="dialog-actions">
                <button type="button" class="button button-quiet" data-copy-close="">{ text("dialog-close", &[]) }</button>
            </div>
        </dialog>
    }
}
