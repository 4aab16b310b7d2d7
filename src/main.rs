fn main() {
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has #app");
    yew::Renderer::<partnership_explainer::app::App>::with_root(root).render();
}
