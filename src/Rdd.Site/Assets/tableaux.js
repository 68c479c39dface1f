// Rdd — tables that scroll. A table wider than the screen sits in a box that scrolls sideways; the box is given
// tabindex="0" in the HTML so that a keyboard user can scroll it (and so it stays without JavaScript). Where the
// table fits, that tab stop leads nowhere (RGAA 12.8): this script removes it, and gives it back when the window
// narrows and the table no longer fits.
(function () {
  'use strict';

  var boxes = Array.prototype.slice.call(document.querySelectorAll('.table-wrap[tabindex]'));
  if (boxes.length === 0) {
    return;
  }

  function update() {
    boxes.forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute('tabindex', '0');
      } else {
        box.removeAttribute('tabindex');
      }
    });
  }

  var pending = 0;
  window.addEventListener('resize', function () {
    window.cancelAnimationFrame(pending);
    pending = window.requestAnimationFrame(update);
  });
  update();
})();
