#!/usr/bin/env python3
"""Medians of sign-in and forgot-password answers for known, unknown and paused accounts.

Usage: guessing-timings.py BASE_URL MAIL_FOLDER
The app must run with roomy request limits (Limits__PerIp__*, Limits__PerAccount__*) so only the
back-off is measured, and write mail to MAIL_FOLDER (pickup) or to an SMTP sink.
"""
import email
import glob
import http.cookiejar
import os
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request
import uuid

BASE, MAIL = sys.argv[1].rstrip("/"), sys.argv[2]
PASSWORD = "a calm blue river at dusk"
TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def client():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def get(opener, path):
    with opener.open(BASE + path) as response:
        return response.read().decode()


def post(opener, path, fields):
    """Posts the page's form; returns (status, seconds for the POST alone)."""
    token = TOKEN.search(get(opener, path)).group(1)
    data = urllib.parse.urlencode({**fields, "__RequestVerificationToken": token}).encode()
    started = time.perf_counter()
    try:
        with opener.open(BASE + path, data) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    return status, time.perf_counter() - started


def new_email():
    return f"bench-{uuid.uuid4().hex}@example.test"


def latest_link_to(address, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        for path in sorted(glob.glob(os.path.join(MAIL, "*.eml")), reverse=True):
            with open(path, "rb") as f:
                message = email.message_from_binary_file(f)
            if address.lower() in (message["To"] or "").lower():
                body = message.get_payload(decode=True).decode()
                return urllib.parse.urlparse(re.search(r"https?://\S+", body).group(0))
        time.sleep(0.2)
    raise SystemExit(f"no mail to {address}")


def confirmed_account():
    opener = client()
    address = new_email()
    post(opener, "/Account/Register", {"Input.Email": address, "Input.Password": PASSWORD})
    link = latest_link_to(address)
    get(opener, link.path + "?" + link.query)
    return address


def sign_in(address, password):
    return post(client(), "/Account/Login", {"Input.Email": address, "Input.Password": password})


def forgot(address):
    return post(client(), "/Account/ForgotPassword", {"Input.Email": address})


def median_ms(samples):
    return f"{statistics.median(s for _, s in samples) * 1000:.1f} ms (statuses {sorted({c for c, _ in samples})})"


known = [confirmed_account() for _ in range(8)]
# Warm-up: every path a few times (JIT, pools, decoy hash).
for _ in range(3):
    sign_in(new_email(), "warm up"), forgot(new_email()), forgot(known[7])
paused = known[6]
for i in range(6):
    sign_in(paused, f"wrong {i}")

# Interleaved (A B C A B C ...) so a busy moment on the shared machine hits every kind alike.
names = ["sign-in, known email, wrong password", "sign-in, unknown email", "sign-in, paused (back-off) email",
         "forgot-password, known email", "forgot-password, unknown email"]
results = {name: [] for name in names}
for i in range(20):
    # 4 accounts x 5 wrong tries each stays inside every account's burst of 5.
    results[names[0]].append(sign_in(known[i // 5], f"wrong {i}"))
    results[names[1]].append(sign_in(new_email(), f"wrong {i}"))
    results[names[2]].append(sign_in(paused, f"wrong again {i}"))
    results[names[3]].append(forgot(known[4 + i % 2]))
    results[names[4]].append(forgot(new_email()))
for name, samples in results.items():
    print(f"{name:40} median of {len(samples)}: {median_ms(samples)}")
