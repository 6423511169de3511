// Safety questions with gateways: the questions behind a gateway show only when it is answered "yes" or "not sure".
// Without this script the server opens them after a first save, so nothing depends on it.
(function () {
  document.querySelectorAll('[data-follow-ups]').forEach(function (box) {
    var name = box.getAttribute('data-follow-ups');
    var radios = document.querySelectorAll('input[name="' + name + '"]');
    function update() {
      var chosen = document.querySelector('input[name="' + name + '"]:checked');
      box.hidden = !(chosen && (chosen.value === 'yes' || chosen.value === 'unsure'));
    }
    // "No" to the gateway clears the questions behind it, so an earlier answer is not sent unseen.
    function clear() {
      box.querySelectorAll('input[type=radio]:checked').forEach(function (r) { r.checked = false; });
    }
    radios.forEach(function (r) {
      r.addEventListener('change', function () {
        if (r.checked && r.value === 'no') clear();
        update();
      });
    });
    update();
  });
})();
