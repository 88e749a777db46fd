// Caseflow: the webapps' "Log out" signs the person out of Caseflow, not only out of the webapp.
//
// People sign in once, at the council's identity provider, and the webapps take their sign-in
// from the gateway's session. Camunda's own log out would end only the webapp's session, and the
// next page would sign the same person straight back in: on a shared office computer the next
// person would be working as the last. So the log out call is replaced by a visit to the
// gateway's /logout, which ends the gateway's session and the provider's, then asks for a sign-in.
const LOGOUT_CALL = /\/api\/admin\/auth\/user\/[^/]+\/logout$/;
const SIGN_OUT = '/logout';

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.caseflowSignOut = String(method).toUpperCase() === 'POST' && LOGOUT_CALL.test(String(url).split('?')[0]);
  return open.call(this, method, url, ...rest);
};

XMLHttpRequest.prototype.send = function (...body) {
  if (this.caseflowSignOut) {
    window.location.assign(SIGN_OUT);
    return undefined;
  }
  return send.apply(this, body);
};
