// Passkeys. A form marked data-passkey="make" (the security page) or data-passkey="show" (signing in, and the second
// step of a sign-in) asks the server for options (data-options, posting the form's own fields with its CSRF token),
// lets the browser make or show a passkey, puts what the browser answered into the form's hidden "credential" field
// as JSON and sends the form as any other. Without JavaScript or WebAuthn the forms that show a passkey stay hidden
// (the password and code forms work without them); the form that makes one is sent without a passkey, and the
// server says at the form what is missing.
(function () {
  'use strict';

  function bytes(text) {
    var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    var binary = atob(base64 + '==='.slice((base64.length + 3) % 4));
    var result = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      result[i] = binary.charCodeAt(i);
    }
    return result.buffer;
  }

  function text(buffer) {
    var binary = '';
    new Uint8Array(buffer).forEach(function (b) {
      binary += String.fromCharCode(b);
    });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function described(list) {
    return (list || []).map(function (credential) {
      return Object.assign({}, credential, { id: bytes(credential.id) });
    });
  }

  function make(options) {
    var publicKey = Object.assign({}, options, {
      challenge: bytes(options.challenge),
      user: Object.assign({}, options.user, { id: bytes(options.user.id) }),
      excludeCredentials: described(options.excludeCredentials)
    });
    return navigator.credentials.create({ publicKey: publicKey }).then(function (made) {
      var response = made.response;
      return {
        id: made.id,
        rawId: text(made.rawId),
        type: made.type,
        response: {
          attestationObject: text(response.attestationObject),
          clientDataJSON: text(response.clientDataJSON),
          transports: response.getTransports ? response.getTransports() : []
        },
        clientExtensionResults: made.getClientExtensionResults(),
        authenticatorAttachment: made.authenticatorAttachment
      };
    });
  }

  function show(options) {
    var publicKey = Object.assign({}, options, {
      challenge: bytes(options.challenge),
      allowCredentials: described(options.allowCredentials)
    });
    return navigator.credentials.get({ publicKey: publicKey }).then(function (shown) {
      var response = shown.response;
      return {
        id: shown.id,
        rawId: text(shown.rawId),
        type: shown.type,
        response: {
          authenticatorData: text(response.authenticatorData),
          clientDataJSON: text(response.clientDataJSON),
          signature: text(response.signature),
          userHandle: response.userHandle ? text(response.userHandle) : null
        },
        clientExtensionResults: shown.getClientExtensionResults(),
        authenticatorAttachment: shown.authenticatorAttachment
      };
    });
  }

  function ready() {
    var supported = window.PublicKeyCredential && navigator.credentials && window.isSecureContext;
    document.querySelectorAll('form[data-passkey]').forEach(function (form) {
      var status = form.querySelector('[data-passkey-status]');
      var ceremony = form.dataset.passkey === 'make' ? make : show;
      if (!supported) {
        return;
      }
      form.hidden = false;
      form.addEventListener('submit', function (event) {
        if (form.elements.credential.value) {
          return;
        }
        event.preventDefault();
        status.textContent = form.dataset.waiting;
        fetch(form.dataset.options, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
          body: new URLSearchParams(new FormData(form))
        }).then(function (answer) {
          if (!answer.ok) {
            form.submit();
            return null;
          }
          return answer.json().then(ceremony).then(function (credential) {
            form.elements.credential.value = JSON.stringify(credential);
            form.submit();
          });
        }).catch(function () {
          status.textContent = form.dataset.cancelled;
        });
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
}());
