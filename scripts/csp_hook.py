#!/usr/bin/env python3
"""Trunk post_build hook: give the release bundle a strict Content-Security-Policy.

Trunk loads the Wasm with an inline <script type="module">, which a strict policy
(script-src 'self' 'wasm-unsafe-eval') forbids. In release builds this moves that loader into
its own file, then adds the policy as a <meta> tag, so nothing inline and nothing from
elsewhere can run. Debug builds (`trunk serve`) keep Trunk's inline live-reload script.
"""
import hashlib
import os
import re
import sys

POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)


def main() -> int:
    if os.environ.get("TRUNK_PROFILE") != "release":
        return 0
    staging = os.environ["TRUNK_STAGING_DIR"]
    public = os.environ.get("TRUNK_PUBLIC_URL", "/")
    index = os.path.join(staging, "index.html")
    html = open(index, encoding="utf-8").read()
    inline = re.compile(r'<script type="module">(.*?)</script>', re.S)
    m = inline.search(html)
    if not m:
        print("csp_hook: Trunk's inline loader not found; refusing to ship without it", file=sys.stderr)
        return 1
    body = m.group(1).strip() + "\n"
    name = "boot-%s.js" % hashlib.sha256(body.encode()).hexdigest()[:16]
    with open(os.path.join(staging, name), "w", encoding="utf-8") as f:
        f.write(body)
    html = html[: m.start()] + '<script type="module" src="%s%s"></script>' % (public, name) + html[m.end():]
    meta = '<meta http-equiv="Content-Security-Policy" content="%s" />' % POLICY
    html = html.replace('<meta charset="utf-8" />', '<meta charset="utf-8" />\n    ' + meta, 1)
    if "<script>" in html or inline.search(html):
        print("csp_hook: an inline script is left in index.html", file=sys.stderr)
        return 1
    open(index, "w", encoding="utf-8").write(html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
