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
