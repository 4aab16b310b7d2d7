use crate::terms::Choice;
use web_sys::{HtmlDialogElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::address;
use crate::app::clipboard;
use crate::app::embed_code::{embed_code, EmbedChoice};
use crate::app::view::{Embed, Theme};
use crate::content::steps::STEPS;
use crate::terms::{parse, to_query, Scenario};

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// Open the dialog as soon as it is mounted (it is mounted on the
    /// reader's first click of the button).
    #[prop_or_default]
    pub open_now: bool,
}

/// The button that opens the dialog. The build renders it alone; the island
/// replaces it with the same button and the dialog.
pub fn open_button(onclick: Option<Callback<MouseEvent>>, button: NodeRef) -> Html {
    html! {
        <button type="button" class="button button-quiet embed-open" ref={button} {onclick}>{ "Embed this explainer" }</button>
    }
}

/// "Embed this explainer": a dialog that writes the code for an article,
/// with a choice of what to embed and a copy button that confirms aloud.
/// It reads the scenario and step from the address each time it opens.
#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let dialog = use_node_ref();
    let button = use_node_ref();
    let code_box = use_node_ref();
    let page = use_state(String::new);
    let scenario = use_state(Scenario::default);
    let kind = use_state(|| Embed::All);
    let step = use_state(|| 1);
    let theme = use_state(|| Theme::Auto);
    let status = use_state(String::new);

    let choice = match *kind {
        Embed::Builder => EmbedChoice::Builder,
        Embed::Step => EmbedChoice::Step(*step),
        Embed::All | Embed::None => EmbedChoice::All,
    };
    let code = embed_code(&page, choice, &to_query(&scenario), *theme);

    let open = {
        let (dialog, page, scenario, step, status) = (
            dialog.clone(),
            page.clone(),
            scenario.clone(),
            step.clone(),
            status.clone(),
        );
        Callback::from(move |()| {
            let query = address::query();
            page.set(gloo::utils::window().location().href().unwrap_or_default());
            scenario.set(parse(&query).scenario);
            step.set(address::step_of(&query, STEPS.len()));
            status.set(String::new());
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                let _ = d.show_modal();
            }
        })
    };
    // Mounted by the reader's first click: open at once, from the button,
    // so that closing the dialog returns focus to it.
    {
        let (open, button) = (open.clone(), button.clone());
        use_effect_with(props.open_now, move |&open_now| {
            if open_now {
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
                open.emit(());
            }
        });
    }
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
        })
    };
    let copy = {
        let (status, code_box, code) = (status.clone(), code_box.clone(), code.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, code_box) = (status.clone(), code_box.clone());
            clipboard::copy(
                code.clone(),
                Callback::from(move |copied| {
                    if copied {
                        status.set("Embed code copied to the clipboard.".into());
                    } else {
                        if let Some(area) = code_box.cast::<HtmlTextAreaElement>() {
                            area.select();
                        }
                        status.set("Could not copy automatically: the code is selected, press Ctrl+C (⌘C on a Mac).".into());
                    }
                }),
            );
        })
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            let word = e.target_unchecked_into::<HtmlInputElement>().value();
            kind.set(Embed::from_slug(&word).unwrap_or(Embed::All))
        })
    };
    let on_step = {
        let step = step.clone();
        Callback::from(move |e: Event| {
            if let Ok(n) = e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .parse()
            {
                step.set(n);
            }
        })
    };
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |e: Event| {
            theme.set(
                Theme::from_slug(&e.target_unchecked_into::<HtmlSelectElement>().value())
                    .unwrap_or_default(),
            )
        })
    };
    let radio = |value: Embed| {
        html! {
            <label class="radio">
                <input type="radio" name="embed-kind" value={value.slug()} checked={*kind == value} onchange={on_kind.clone()} />
                { value.label() }
            </label>
        }
    };

    html! {
        <>
            { open_button(Some(open.reform(|_: MouseEvent| ())), button) }
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title">
                <h2 id="embed-title">{ "Embed this explainer" }</h2>
                <p>{ "Paste this code into your article. The frame fits the column, sizes itself to its content and follows the reader's light or dark setting." }</p>
                <fieldset class="group">
                    <legend>{ "What to embed" }</legend>
                    { for [Embed::All, Embed::Builder, Embed::Step].into_iter().map(radio) }
                    if *kind == Embed::Step {
                        <label for="embed-step">{ "Step" }</label>
                        <select id="embed-step" onchange={on_step}>
                            { for STEPS.iter().enumerate().map(|(i, s)| html! {
                                <option value={(i + 1).to_string()} selected={i + 1 == *step}>{ format!("{}. {}", i + 1, s.short) }</option>
                            }) }
                        </select>
                    }
                </fieldset>
                <div class="field">
                    <label for="embed-theme">{ "Theme" }</label>
                    <select id="embed-theme" onchange={on_theme}>
                        { for Theme::ALL.iter().map(|t| html! {
                            <option value={t.slug()} selected={*theme == *t}>{ t.label() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="embed-code">{ "Embed code" }</label>
                    <textarea id="embed-code" ref={code_box} readonly=true rows="6" spellcheck="false" value={code} />
                </div>
                <div class="dialog-actions">
                    <button type="button" class="button button-primary" onclick={copy}>{ "Copy code" }</button>
                    <button type="button" class="button button-quiet" onclick={close}>{ "Close" }</button>
                </div>
                <p class="dialog-status" role="status">{ (*status).clone() }</p>
            </dialog>
        </>
    }
}
