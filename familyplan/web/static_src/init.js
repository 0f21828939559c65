import { initAll } from "/static/govuk/govuk-frontend.min.js";

initAll();

// htmx sends Django's CSRF token with every request it makes.
document.body.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector("input[name=csrfmiddlewaretoken]");
  if (token) {
    event.detail.headers["X-CSRFToken"] = token.value;
  }
});

// A form that takes a while (the bulk import) says so while it runs, and is not sent twice.
document.querySelectorAll("form[data-app-progress]").forEach((form) => {
  form.addEventListener("submit", () => {
    const message = form.querySelector("[data-app-progress-message]");
    if (message) {
      message.hidden = false;
    }
    form.querySelectorAll("button[type=submit]").forEach((button) => {
      button.setAttribute("aria-disabled", "true");
      button.classList.add("govuk-button--disabled");
    });
  });
});

// A SMART panel is not a live region: read aloud whole at every pause in typing, and at page
// load for each field already filled, it would talk over the person. Its short summary goes
// to the field's status line instead, once they have typed in the field, and only when it
// says something new.
document.body.addEventListener("input", (event) => {
  if (event.target.matches("[hx-target$='-smart']")) {
    event.target.dataset.appTyped = "true";
  }
});
document.body.addEventListener("htmx:afterSwap", (event) => {
  const panel = event.detail.target;
  const status = panel.id && document.getElementById(`${panel.id}-status`);
  const source = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (!status || !source || source.dataset.appTyped !== "true") {
    return;
  }
  const found = panel.querySelector("[data-app-smart-summary]");
  const summary = found ? found.dataset.appSmartSummary : "";
  if (summary !== status.textContent) {
    status.textContent = summary;
  }
});
