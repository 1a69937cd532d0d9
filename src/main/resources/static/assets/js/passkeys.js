// Passkeys for admins: registering one (account page) and signing in with one (sign-in and second-factor pages).
// The pages work without this script for everything else; the parts that need it stay hidden until it runs.
(function () {
    "use strict";

    function toBytes(base64url) {
        var base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
        var binary = window.atob(base64);
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) {
            bytes[i] = binary.charCodeAt(i);
        }
        return bytes.buffer;
    }

    function toBase64url(buffer) {
        var binary = "";
        new Uint8Array(buffer).forEach(function (b) { binary += String.fromCharCode(b); });
        return window.btoa(binary).replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    }

    function csrfHeaders(container) {
        var token = container.querySelector("input[name='_csrf']");
        var headers = { "Content-Type": "application/json", "Accept": "application/json" };
        if (token) {
            headers["X-CSRF-TOKEN"] = token.value;
        }
        return headers;
    }

    function post(url, container, body) {
        return fetch(url, {
            method: "POST", credentials: "same-origin", headers: csrfHeaders(container),
            body: body === undefined ? undefined : JSON.stringify(body)
        });
    }

    // A failure is shown in the page's alert box, which takes the focus so that a screen reader reads it.
    function showError(box, textElement, message) {
        textElement.textContent = message;
        box.hidden = false;
        box.focus();
    }

    // The server's answer as JSON, or the error it names ("passkeys.error.labelRequired", "locked"...),
    // which picks the page's message for it.
    function answerOf(response) {
        return response.json().catch(function () { return {}; }).then(function (answer) {
            if (!response.ok || answer.error) {
                var refused = new Error("refused");
                refused.key = (answer.error || "failed").replace("passkeys.error.", "").toLowerCase();
                throw refused;
            }
            return answer;
        });
    }

    // The server's answer to a finished ceremony: where to go next.
    function redirectUrl(response) {
        return answerOf(response).then(function (answer) {
            if (!answer.redirectUrl) {
                var refused = new Error("refused");
                refused.key = "failed";
                throw refused;
            }
            return answer.redirectUrl;
        });
    }

    // The browser's name for why a ceremony did not happen, as the page's message key.
    function keyOf(error) {
        if (error.key) {
            return error.key;
        }
        if (error.name === "InvalidStateError") {
            return "already"; // excludeCredentials: this authenticator already holds a passkey of this admin
        }
        return error.name === "NotAllowedError" || error.name === "AbortError" ? "cancelled" : "failed";
    }

    // Shows why a ceremony failed, with the message the page holds for it (data-error-...).
    function failure(container, box, text, status) {
        return function (error) {
            var key = keyOf(error);
            status.textContent = "";
            showError(box, text, container.dataset["error" + key.charAt(0).toUpperCase() + key.slice(1)]
                    || container.dataset.errorFailed);
        };
    }

    function setUpRegistration(form) {
        var box = document.getElementById("passkey-error");
        var text = document.getElementById("passkey-error-text");
        var status = document.getElementById("passkey-status");
        var label = form.querySelector("#label");
        var password = form.querySelector("#passkey-password");
        var passwordGroup = form.querySelector("#passkey-password-group");
        var passwordError = form.querySelector("#passkey-password-error");
        var button = form.querySelector("button[type=submit]");
        var showFailure = failure(form, box, text, status);
        form.hidden = false;

        // A wrong or missing password is shown beside its field too; the name typed stays where it is.
        function passwordProblem(message) {
            if (!passwordGroup) {
                return;
            }
            passwordGroup.classList.toggle("form-group--error", !!message);
            passwordError.textContent = message || "";
            passwordError.hidden = !message;
            password.setAttribute("aria-describedby",
                    message ? "passkey-password-hint passkey-password-error" : "passkey-password-hint");
        }

        form.addEventListener("submit", function (event) {
            event.preventDefault();
            box.hidden = true;
            passwordProblem(null);
            if (!label.value.trim()) {
                showError(box, text, form.dataset.errorLabelrequired);
                label.focus();
                return;
            }
            button.disabled = true;
            status.textContent = form.dataset.working;
            post(form.dataset.options, form, { password: password ? password.value : "" }).then(answerOf)
                    .then(function (options) {
                if (password) {
                    password.value = "";
                }
                options.challenge = toBytes(options.challenge);
                options.user.id = toBytes(options.user.id);
                options.excludeCredentials = (options.excludeCredentials || []).map(function (credential) {
                    return Object.assign({}, credential, { id: toBytes(credential.id) });
                });
                return navigator.credentials.create({ publicKey: options });
            }).then(function (credential) {
                var response = credential.response;
                // Checking the new passkey and making recovery codes takes a moment: say so.
                status.textContent = form.dataset.adding;
                return post(form.action, form, {
                    publicKey: {
                        label: label.value.trim(),
                        credential: {
                            id: credential.id,
                            rawId: toBase64url(credential.rawId),
                            type: credential.type,
                            response: {
                                attestationObject: toBase64url(response.attestationObject),
                                clientDataJSON: toBase64url(response.clientDataJSON),
                                transports: response.getTransports ? response.getTransports() : []
                            },
                            clientExtensionResults: credential.getClientExtensionResults(),
                            authenticatorAttachment: credential.authenticatorAttachment
                        }
                    }
                });
            }).then(redirectUrl).then(function (url) {
                window.location.assign(url);
            }).catch(function (error) {
                button.disabled = false;
                var key = keyOf(error);
                if (key === "passwordrequired" || key === "passwordwrong") {
                    passwordProblem(form.dataset["error" + key.charAt(0).toUpperCase() + key.slice(1)]);
                }
                showFailure(error);
            });
        });
    }

    // Signs in with a passkey when its button is pressed: on the sign-in page, or as the second factor.
    function setUpSignIn(container) {
        var box = container.querySelector(".error-summary");
        var text = container.querySelector(".passkey-error-text");
        var status = container.querySelector(".passkey-status");
        container.hidden = false;
        container.querySelector(".passkey-button").addEventListener("click", function () {
            box.hidden = true;
            status.textContent = container.dataset.working;
            post(container.dataset.options, container).then(function (response) {
                if (!response.ok) { throw new Error("options"); }
                return response.json();
            }).then(function (options) {
                options.challenge = toBytes(options.challenge);
                options.allowCredentials = (options.allowCredentials || []).map(function (credential) {
                    return Object.assign({}, credential, { id: toBytes(credential.id) });
                });
                return navigator.credentials.get({ publicKey: options });
            }).then(function (credential) {
                var response = credential.response;
                return post(container.dataset.signIn, container, {
                    id: credential.id,
                    rawId: toBase64url(credential.rawId),
                    type: credential.type,
                    response: {
                        authenticatorData: toBase64url(response.authenticatorData),
                        clientDataJSON: toBase64url(response.clientDataJSON),
                        signature: toBase64url(response.signature),
                        userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
                    },
                    clientExtensionResults: credential.getClientExtensionResults(),
                    authenticatorAttachment: credential.authenticatorAttachment
                });
            }).then(redirectUrl).then(function (url) {
                window.location.assign(container.dataset.target || url);
            }).catch(failure(container, box, text, status));
        });
    }

    function start() {
        var supported = window.PublicKeyCredential && navigator.credentials && window.fetch;
        var form = document.getElementById("passkey-register");
        var signIns = document.querySelectorAll(".passkey-sign-in");
        if (!supported) {
            var box = document.getElementById("passkey-error");
            if (form && box) {
                showError(box, document.getElementById("passkey-error-text"), form.dataset.errorUnsupported);
            }
            return;
        }
        if (form) {
            setUpRegistration(form);
        }
        signIns.forEach(setUpSignIn);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
