// Autopartage Coopératif: the one script. Without it every page works; with it, the main menu
// folds behind a "Menu" button on narrow screens. The button is a real <button> with
// aria-expanded, so it works with a keyboard and tells a screen reader whether the menu is open.
(function () {
  var button = document.querySelector('button.menu-toggle');
  var nav = document.getElementById('main-nav');
  if (!button || !nav) return;
  button.hidden = false;
  nav.classList.add('foldable');
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', open ? 'false' : 'true');
    nav.classList.toggle('open', !open);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && nav.classList.contains('open')) {
      button.setAttribute('aria-expanded', 'false');
      nav.classList.remove('open');
      button.focus();
    }
  });
})();
