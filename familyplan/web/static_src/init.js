import { initAll } from "/static/govuk/govuk-frontend.min.js";

initAll();

// Django's CSRF token: the cookie's, which is renewed when someone signs in again (in another tab,
// say), or else the page's own.
function csrfToken() {
  const cookie = document.cookie.split("; ").find((part) => part.startsWith("csrftoken="));
  const token = document.querySelector("input[name=csrfmiddlewaretoken]");
  return cookie ? decodeURIComponent(cookie.slice("csrftoken=".length)) : token && token.value;
}

// htmx sends Django's CSRF token with every request it makes.
document.body.addEventListener("htmx:configRequest", (event) => {
  const token = csrfToken();
  if (token) {
    event.detail.headers["X-CSRFToken"] = token;
  }
});

// A session ends after some minutes without use, and a form sent after that would be lost on the
// way to the sign-in page. So while someone types, the page tells the server now and then that
// they are still here, which keeps their session going. If it has ended all the same (they were
// away, or it was ended for them), the page says so and keeps the form on screen instead of
// sending it, until they have signed in again in another tab.
const said = document.querySelector("[data-app-signed-out]");
if (said) {
  // GOV.UK's warning text, in the words the page was given.
  const signedOut = document.createElement("div");
  signedOut.className = "govuk-warning-text";
  signedOut.id = "signed-out";
  signedOut.setAttribute("role", "alert");
  signedOut.tabIndex = -1;
  const icon = document.createElement("span");
  icon.className = "govuk-warning-text__icon";
  icon.setAttribute("aria-hidden", "true");
  icon.textContent = "!";
  const text = document.createElement("strong");
  text.className = "govuk-warning-text__text";
  const warning = document.createElement("span");
  warning.className = "govuk-visually-hidden";
  warning.textContent = `${said.dataset.appWarning} `;
  const link = document.createElement("a");
  link.className = "govuk-link";
  link.href = said.dataset.appSignIn;
  link.target = "_blank";
  link.rel = "noopener";
  link.textContent = said.dataset.appLink;
  text.append(warning, `${said.dataset.appSays} `, link);
  signedOut.append(icon, text);
  // Put on the page when it is true, so screen readers say it then.
  const showSignedOut = (shown) => {
    if (shown && !signedOut.isConnected) {
      said.replaceWith(signedOut);
    } else if (!shown && signedOut.isConnected) {
      signedOut.replaceWith(said);
    }
  };

  const minute = 60 * 1000;
  const lasts = Number(said.dataset.appSessionMinutes) * minute;
  const askEvery = Math.min(5 * minute, lasts / 3);
  let answered = Date.now(); // the page itself was an answer
  let ended = false;

  const stillHere = () =>
    fetch(said.dataset.appStillHere, { credentials: "same-origin", cache: "no-store" }).then(
      (response) => {
        if (response.status === 401) {
          ended = true;
        } else if (response.ok) {
          answered = Date.now();
          ended = false;
        }
        showSignedOut(ended);
        return !ended;
      },
      () => true, // no answer (offline): the form is sent as it would be without this script
    );

  document.body.addEventListener("input", (event) => {
    if (event.target.form && Date.now() - answered > askEvery) {
      answered = Date.now(); // one question at a time
      stillHere();
    }
  });
  document.body.addEventListener("htmx:responseError", (event) => {
    if (event.detail.xhr.status === 401) {
      ended = true;
      showSignedOut(true);
    }
  });
  document.querySelectorAll("main form[method=post]").forEach((form) => {
    form.addEventListener(
      "submit",
      (event) => {
        if (form.dataset.appChecked === "true") {
          delete form.dataset.appChecked;
          return;
        }
        if (!ended && Date.now() - answered < lasts - minute) {
          return;
        }
        // The session may have ended: ask first, and send the form only if it has not.
        event.preventDefault();
        event.stopImmediatePropagation();
        stillHere().then((going) => {
          if (going) {
            form.querySelectorAll("input[name=csrfmiddlewaretoken]").forEach((input) => {
              input.value = csrfToken();
            });
            form.dataset.appChecked = "true";
            form.requestSubmit(event.submitter);
          } else {
            signedOut.scrollIntoView();
            signedOut.focus();
          }
        });
      },
      true,
    );
  });
}

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
