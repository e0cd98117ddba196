"""Signs up through the real pages, logs one incident, records their apology with a promise (marked kept), sets a
boundary and checks in once, and prints '<session cookie> <incident id> <repair attempt id> <boundary id>'.
Usage: seed.py http://127.0.0.1:PORT MAIL_FOLDER"""
import email
import glob
import http.cookiejar
import os
import re
import sys
import time
import urllib.parse
import uuid

import requests

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "at-rest"))
from seed import post  # noqa: E402  (the at-rest bench's form poster: parse the page, keep the antiforgery token)

PASSWORD = "a calm blue river at dusk"


def link_to(address, mail, timeout=60):
    """The link in the newest mail to the address in the pickup folder."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        for path in sorted(glob.glob(os.path.join(mail, "*.eml")), reverse=True):
            with open(path, "rb") as f:
                message = email.message_from_binary_file(f)
            if address.lower() in (message["To"] or "").lower():
                return urllib.parse.urlparse(re.search(r"https?://\S+", message.get_payload(decode=True).decode()).group(0))
        time.sleep(0.2)
    sys.exit(f"no mail to {address}")


# TLS ends at the proxy in production; here the app is told so by X-Forwarded-Proto, so its Secure cookies must go
# over loopback http (requests builds a fresh jar for every request, so the default policy itself is widened).
http.cookiejar.DefaultCookiePolicy.return_ok_secure = lambda self, cookie, request: True


def signed_in(base, mail):
    """Registers, opens the confirmation link from the mail, and signs in, as a person would."""
    session = requests.Session()
    session.headers["X-Forwarded-Proto"] = "https"
    address = f"bench-{uuid.uuid4().hex}@example.test"
    post(session, base, "/Account/Register", [("Input.Email", address), ("Input.Password", PASSWORD)])
    link = link_to(address, mail)
    session.get(f"{base}{link.path}?{link.query}").raise_for_status()
    post(session, base, "/Account/Login", [("Input.Email", address), ("Input.Password", PASSWORD)])
    return session


def main():
    base = sys.argv[1].rstrip("/")
    session = signed_in(base, sys.argv[2])
    location = post(session, base, "/Incidents/Log", [("Input.WhatHappened", "They laughed at my new job in front of friends."),
                                                      ("Input.Category", "Dismissed"), ("Input.Hurt", "8"), ("Input.TimeZone", "Europe/London")])
    incident = location.split("?")[0].split("#")[0].rsplit("/", 1)[1]
    location = post(session, base, f"/Incidents/{incident}/Repair?by=Partner",
                    [("Input.By", "Partner"), ("Input.Kind", "Apology"), ("Input.WhatWasSaidOrDone", "Said sorry that evening."),
                     ("Input.Promise", "No jokes about my work in front of others.")])
    attempt = location.split("#repair-")[1]
    # One tap on "Kept": the form on the attempt's page posts to its own handler.
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"',
                      session.get(f"{base}/Incidents/{incident}/Repairs/{attempt}").text).group(1)
    kept = session.post(f"{base}/Incidents/{incident}/Repairs/{attempt}?handler=FollowThrough",
                        data={"status": "Kept", "__RequestVerificationToken": token}, allow_redirects=False)
    if kept.status_code != 302:
        sys.exit(f"follow-through: expected a redirect, got {kept.status_code}")
    location = post(session, base, f"/Incidents/{incident}/Boundaries", [("Input.WhatIWillNotAccept", "Jokes about my work.")])
    boundary = location.split("#boundary-")[1]
    post(session, base, f"/Incidents/{incident}/CheckIn", [("Input.Intensity", "6"), ("Input.Resentment", "5")])
    cookie = next(c for c in session.cookies if c.name.endswith("hh.session"))
    print(f"{cookie.name}={cookie.value}", incident, attempt, boundary)


main()
