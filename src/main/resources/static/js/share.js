// Copy buttons of share boxes. Without JavaScript, or where the browser cannot write to the clipboard, the
// button stays hidden and the read-only field holding the address is there to select and copy.
(function () {
  'use strict';
  function ready() {
    if (!navigator.clipboard || !window.isSecureContext) {
      return;
    }
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      if (button.dataset.ready) {
        return;
      }
      button.dataset.ready = 'yes';
      var field = document.getElementById(button.dataset.copy);
      var status = document.getElementById(button.dataset.copy + '-status');
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(field.value).then(function () {
          status.textContent = button.dataset.copied;
        }, function () {
          field.select();
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
