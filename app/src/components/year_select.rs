//! The year `<select>` every filter form has (from, to): one option per year, the chosen one
//! marked from the page's query, and an "Any year" option where the filter may be left
//! open. It works in a plain form without JavaScript; after hydration `on_change` applies a
//! choice at once.

use leptos::prelude::*;

use crate::i18n::i18n;

/// A year select labelled by the message `label`, named `name` (`id` is its element id): `years` in order, each
/// selected when `is_selected(Some(year))` says so; with `any`, first an "Any year" option
/// (value "") selected when `is_selected(None)` does. Its view is type-erased: the filter
/// forms nest several, and the home page's type would otherwise grow past the compiler's
/// recursion limit in the release build.
#[component]
pub fn YearSelect(
    label: &'static str,
    name: &'static str,
    id: &'static str,
    years: std::ops::RangeInclusive<i32>,
    #[prop(optional)] any: bool,
    is_selected: Callback<Option<i32>, bool>,
    on_change: Callback<String>,
) -> impl IntoView {
    let i18n = i18n();
    view! {
        <label>
            {i18n.ts(label)}" "
            <select name=name id=id on:change=move |ev| on_change.run(event_target_value(&ev))>
                {any.then(|| view! {
                    <option value="" selected=move || is_selected.run(None)>{i18n.ts("filter-any-year")}</option>
                })}
                {years.map(|y| view! {
                    <option value=y.to_string() selected=move || is_selected.run(Some(y))>{i18n.number(y)}</option>
                }).collect_view()}
            </select>
        </label>
    }
    .into_any()
}
