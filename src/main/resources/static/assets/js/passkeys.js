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

    // Adding a passkey, on the passkeys page. A refusal is shown as the site shows a refused form: the error
    // summary at the top of main, which takes the focus; the page title starting "Error:"; the field at fault
    // marked invalid and described by its message. The name typed stays; a password is never kept.
    function setUpRegistration(form) {
        var box = document.getElementById("passkey-error");
        var item = document.getElementById("passkey-error-text");
        var status = document.getElementById("passkey-status");
        var label = form.querySelector("#label");
        var password = form.querySelector("#passkey-password");
        var button = form.querySelector("button[type=submit]");
        // The title as the server sent it: with "Error:" already when another form on the page was refused.
        var title = document.title;
        var errorPrefix = form.dataset.errorPrefix;
        form.hidden = false;

        // Marks a field invalid with this message beside it, or valid again with none.
        function markField(field, message) {
            if (!field) {
                return;
            }
            var error = document.getElementById(field.id + "-error");
            field.closest(".form-group").classList.toggle("form-group--error", !!message);
            error.querySelector(".error-message__text").textContent = message || "";
            error.hidden = !message;
            if (message) {
                field.setAttribute("aria-invalid", "true");
            } else {
                field.removeAttribute("aria-invalid");
            }
            field.setAttribute("aria-describedby", field.id + "-hint" + (message ? " " + error.id : ""));
        }

        // A field of another form, refused earlier, shown as no longer at fault.
        function markOther(field) {
            field.removeAttribute("aria-invalid");
            var group = field.closest(".form-group");
            if (group) {
                group.classList.remove("form-group--error");
            }
            var error = document.getElementById(field.id + "-error");
            if (error) {
                error.hidden = true;
                field.setAttribute("aria-describedby", field.id + "-hint");
            }
        }

        // The field a refusal is about, if any: its message links to it.
        function fieldOf(key) {
            if (key === "labelrequired" || key === "labeltoolong") {
                return label;
            }
            return key === "passwordrequired" || key === "passwordwrong" ? password : null;
        }

        function showProblem(key) {
            var message = form.dataset["error" + key.charAt(0).toUpperCase() + key.slice(1)]
                    || form.dataset.errorFailed;
            var field = fieldOf(key);
            markField(field, message);
            item.textContent = "";
            if (field) {
                var link = document.createElement("a");
                link.href = "#" + field.id;
                link.textContent = message;
                item.appendChild(link);
            } else {
                item.textContent = message;
            }
            // One refusal at a time: an earlier one on this page (refused recovery codes) is no longer the news.
            document.querySelectorAll("main .error-summary").forEach(function (other) {
                other.hidden = other !== box;
            });
            document.querySelectorAll("main [aria-invalid=true]").forEach(function (other) {
                if (!form.contains(other)) {
                    markOther(other);
                }
            });
            box.hidden = false;
            document.title = title.indexOf(errorPrefix) === 0 ? title : errorPrefix + " " + title;
            box.focus();
        }

        function clearProblems() {
            box.hidden = true;
            document.title = title;
            markField(label, null);
            markField(password, null);
        }

        form.addEventListener("submit", function (event) {
            event.preventDefault();
            clearProblems();
            var typed = password ? password.value : "";
            if (password) {
                password.value = ""; // sent at most once; never kept in the page, whatever the answer
            }
            if (!label.value.trim()) {
                showProblem("labelrequired");
                return;
            }
            button.disabled = true;
            status.textContent = form.dataset.working;
            post(form.dataset.options, form, { password: typed }).then(answerOf).then(function (options) {
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
                status.textContent = "";
                showProblem(keyOf(error));
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
            // Said where the form would be, without taking the focus: nothing the admin did was refused.
            var unsupported = document.getElementById("passkey-unsupported");
            if (unsupported) {
                unsupported.hidden = false;
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
