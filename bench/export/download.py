"""Downloads the JSON, CSV and readable record exports one at a time and prints time, size and the app's peak memory;
then imports the JSON into a new account (check, then import) and exports that account again.
Usage: download.py BASE COOKIE PASSWORD APP_PID WORK_DIR INCIDENTS"""
import hashlib
import json
import re
import sys
import time

import requests

from seed import sign_up

base, cookie, password, pid, work, incidents = sys.argv[1:7]


def status(key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def reset_peak():
    with open(f"/proc/{pid}/clear_refs", "w") as f:
        f.write("5")


def token(session, path):
    page = session.get(base + path)
    page.raise_for_status()
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page.text).group(1)


def download(session, handler, path):
    fields = {"__RequestVerificationToken": token(session, "/Account/Manage/Export"), "Input.Password": password}
    before = status("VmRSS")
    reset_peak()
    started = time.monotonic()
    size = 0
    with session.post(f"{base}/Account/Manage/Export?handler={handler}", data=fields, stream=True) as response:
        response.raise_for_status()
        with open(path, "wb") as out:
            for chunk in response.iter_content(65536):
                size += len(chunk)
                out.write(chunk)
    return time.monotonic() - started, size, before, status("VmHWM")


def main():
    a = requests.Session()
    for name in ("hh.session", "__Host-hh.session"):
        a.cookies.set(name, cookie)
    for handler, ext in (("Json", "json"), ("Csv", "zip"), ("Record", "html"), ("Json", "json")):
        seconds, size, before, peak = download(a, handler, f"{work}/export.{ext}")
        print(f"{handler:<8} {seconds:10.1f} {size:12,} {before:14.0f} {peak:14.0f}", flush=True)

    b = requests.Session()
    sign_up(b, base, password, f"{work}/mail")
    data = open(f"{work}/export.json", "rb").read()
    started = time.monotonic()
    checked = b.post(f"{base}/Account/Manage/Import?handler=Check",
                     data={"__RequestVerificationToken": token(b, "/Account/Manage/Import")},
                     files={"Upload": ("export.json", data, "application/json")})
    check_seconds = time.monotonic() - started
    checked.raise_for_status()
    digest = re.search(r'name="CheckedHash" value="([0-9a-f]+)"', checked.text).group(1)
    assert digest == hashlib.sha256(data).hexdigest()
    counts = re.findall(r"<li>([0-9,]+) ([^<]+)</li>", checked.text)
    before = status("VmRSS")
    reset_peak()
    started = time.monotonic()
    imported = b.post(f"{base}/Account/Manage/Import?handler=Import",
                      data={"__RequestVerificationToken": token(b, "/Account/Manage/Import"), "CheckedHash": digest},
                      files={"Upload": ("export.json", data, "application/json")}, allow_redirects=False)
    import_seconds = time.monotonic() - started
    if imported.status_code != 302:
        sys.exit(f"import answered {imported.status_code}")
    print(f"import: {len(data):,} bytes; check {check_seconds:.1f} s; import {import_seconds:.1f} s; "
          f"RSS before {before:.0f} MB, peak {status('VmHWM'):.0f} MB")
    print("preview: " + "; ".join(f"{n} {what}" for n, what in counts))
    b.cookies.set("__unused", "1")
    fields = {"__RequestVerificationToken": token(b, "/Account/Manage/Export"), "Input.Password": password}
    again = b.post(f"{base}/Account/Manage/Export?handler=Json", data=fields)
    again.raise_for_status()
    first, second = json.loads(data), again.json()
    same = all(len(first["tables"][t]) == len(second["tables"][t]) for t in first["tables"])
    print(f"re-export of the imported account: {len(again.content):,} bytes; same row counts in every table: {same}")


if __name__ == "__main__":
    main()
