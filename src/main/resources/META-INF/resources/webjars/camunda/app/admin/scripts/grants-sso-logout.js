// Single sign-on (grants.officers.login=oidc): the logout button's call ends the sessions here and answers with the
// county provider's logout address (RP-initiated logout), where the browser goes next, so the provider's login ends too.
// With local users the answer names no address and the webapp logs out as before.
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && /\/api\/admin\/auth\/user\/[^/]+\/logout$/.test(String(url))) {
    this.addEventListener('load', () => {
      let answer = null;
      try {
        answer = JSON.parse(this.responseText);
      } catch (notJson) {
        return;
      }
      if (answer && typeof answer.redirect === 'string') {
        window.location.assign(answer.redirect);
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
