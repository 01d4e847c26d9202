#!/usr/bin/env python3
"""Headless Chromium check of the web page `triglot serve` serves.

Loads the page from a running server, summarizes the English example, aligns it with its Chinese
(or Vietnamese) version, and checks the DOM the page builds; saves summary.png, alignment.png and
phone.png (375px wide). Exits 0 when every check passes, else 1 with a one-line reason.

Needs, on Debian:  apt-get install -y chromium chromium-driver   and   pip install selenium
(the Debian browser and driver are used as they are: nothing is downloaded).

    .build/debug/triglot serve --port 8080 &
    tools/server/browser-check.py --base-url http://127.0.0.1:8080 \
        --examples examples --screenshots /tmp/shots

DOM hooks checked (documented at the top of Sources/TriglotServer/Resources/web/app.js):
    html[data-ready]                              the script started
    #summary-output .sentence.chosen              ≥ 1, each one of the article's sentences
    #summary-output .name[data-concept]           a known name "Wang Yi", tabindex=0, underlined,
                                                  aria-describedby → its forms; #name-popup on hover and focus
    #align-output tr.bead                         ≥ 5 rows, td.source / td.target with lang tags
    #align-output tr.bead .pair.known             Wang Yi ↔ 王毅 (data-source / data-target)
    #glossary-downloads a[data-format]            all six export formats
    #summary-error[role=alert]                    shown for an empty article
    375px: no horizontal scrolling, bead cells stacked (display: block)
"""

import argparse
import json
import os
import shutil
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

try:
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
except ImportError:  # pragma: no cover - reported as a one-line failure
    print("browser-check: FAIL: selenium is missing (pip install selenium)", file=sys.stderr)
    sys.exit(1)

EXAMPLE = "lmc-2022-wang-yi-bui-thanh-son"
KNOWN_PAIR = {"zh": ("Wang Yi", "王毅"), "vi": ("Wang Yi", "Vương Nghị")}
FORMATS = ["tbx", "tbx2", "tmx", "csv", "tsv", "json"]


class CheckFailed(Exception):
    """A check did not hold: the message is the one line printed."""


def fail(message):
    raise CheckFailed(message)


def find_binary(explicit, names):
    if explicit:
        return explicit
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    for path in ("/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromedriver"):
        if os.path.basename(path) in names and os.access(path, os.X_OK):
            return path
    return None


def start_browser(args):
    chromium = find_binary(args.chromium, ["chromium", "chromium-browser"])
    driver_path = find_binary(args.chromedriver, ["chromedriver"])
    if not chromium or not driver_path:
        fail("chromium or chromedriver not found (apt-get install -y chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,1000", "--lang=en-US", "--no-first-run",
                 "--disable-extensions", "--hide-scrollbars"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path keeps Selenium Manager from looking for (or downloading) anything.
    service = Service(executable_path=driver_path)
    return webdriver.Chrome(service=service, options=options)


def wait_for(driver, predicate, timeout, what):
    deadline = time.time() + timeout
    last_error = None
    while time.time() < deadline:
        try:
            value = predicate(driver)
            if value:
                return value
        except WebDriverException as error:  # the DOM may be mid-update
            last_error = error
        time.sleep(0.2)
    suffix = f" ({last_error.msg})" if last_error is not None and getattr(last_error, "msg", None) else ""
    fail(f"timed out after {timeout}s waiting for {what}{suffix}")


def js(driver, script, *args):
    return driver.execute_script(script, *args)


def set_value(driver, selector, text):
    """Pastes `text` into a field (as a paste would: value set, input event fired)."""
    found = js(driver, """
        const field = document.querySelector(arguments[0]);
        if (!field) return false;
        field.focus();
        field.value = arguments[1];
        field.dispatchEvent(new Event('input', {bubbles: true}));
        return true;""", selector, text)
    if not found:
        fail(f"no field {selector} on the page")


def click(driver, selector):
    """Clicks a button as a user would (scrolled into view first, no smooth-scroll race)."""
    element = driver.find_element(By.CSS_SELECTOR, selector)
    js(driver, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element)
    try:
        element.click()
    except WebDriverException as error:
        fail(f"cannot click {selector}: {' '.join((error.msg or '').split())[:160]}")


def alert_text(driver, section):
    return js(driver, """
        const box = document.querySelector('#' + arguments[0] + '-error');
        return box && !box.hidden ? box.textContent : '';""", section)


def wait_for_result(driver, section, selector, timeout):
    """Waits for `selector` to appear, failing early with the page's alert text if one shows."""
    def ready(d):
        error = alert_text(d, section)
        if error:
            fail(f"the page shows an error for {section}: {error.strip()}")
        return js(d, "return document.querySelectorAll(arguments[0]).length", selector) > 0
    wait_for(driver, ready, timeout, selector)


def screenshot(driver, directory, name):
    path = os.path.join(directory, name)
    if not driver.save_screenshot(path):
        fail(f"could not save {path}")
    return path


def post_json(base_url, path, body, timeout):
    request = urllib.request.Request(
        urllib.parse.urljoin(base_url + "/", path),
        data=json.dumps(body).encode("utf-8"),
        headers={"Content-Type": "application/json", "Accept": "application/json"},
        method="POST")
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))


def check_summary(driver, args, english):
    set_value(driver, "#summary-text", "")
    click(driver, "#summary-submit")
    wait_for(driver, lambda d: alert_text(d, "summary"), 10, "#summary-error for an empty article")
    role = js(driver, "return document.querySelector('#summary-error').getAttribute('role')")
    if role != "alert":
        fail(f"#summary-error has role={role!r}, want alert")

    set_value(driver, "#summary-text", english)
    click(driver, "#summary-submit")
    wait_for_result(driver, "summary", "#summary-output .sentence", args.timeout)

    sentences = js(driver, """return Array.from(document.querySelectorAll('#summary-output .sentence'))
        .map(e => ({text: e.textContent, chosen: e.classList.contains('chosen')}));""")
    chosen = [s["text"] for s in sentences if s["chosen"]]
    if not chosen:
        fail("no #summary-output .sentence.chosen after summarizing the English example")
    for text in chosen:
        if not text.strip() or text not in english:
            fail(f"chosen sentence is not a sentence of the article: {text[:80]!r}")
    # The same article through the API: the page must shade exactly the sentences it chose.
    try:
        answer = post_json(args.base_url, "v1/summarize", {"text": english, "names": True}, args.timeout)
        expected = sorted(s["text"] for s in answer.get("sentences", []))
        document = [s["text"] for s in answer.get("document", [])]
    except (urllib.error.URLError, ValueError, KeyError, TypeError) as error:
        fail(f"POST /v1/summarize from the check failed: {error}")
    if sorted(chosen) != expected:
        fail(f"shaded sentences {len(chosen)} differ from the API's chosen sentences {len(expected)}")
    if [s["text"] for s in sentences] != document:
        fail("#summary-output .sentence texts differ from the API's document sentences")

    lang = js(driver, "const a = document.querySelector('#summary-article'); return a && a.getAttribute('lang');")
    if lang != "en":
        fail(f"#summary-article lang={lang!r}, want 'en'")

    name = js(driver, """return Array.from(document.querySelectorAll('#summary-output .name[data-concept]'))
        .find(e => e.textContent === 'Wang Yi') || null;""")
    if name is None:
        count = js(driver, "return document.querySelectorAll('#summary-output .name[data-concept]').length")
        fail(f"no underlined known name 'Wang Yi' in #summary-output ({count} .name[data-concept] elements)")
    facts = js(driver, """const e = arguments[0];
        const style = getComputedStyle(e);
        const describedBy = e.getAttribute('aria-describedby');
        const description = describedBy ? document.getElementById(describedBy) : null;
        return {tabindex: e.getAttribute('tabindex'), decoration: style.textDecorationLine,
                description: description ? description.textContent : null};""", name)
    if facts["tabindex"] != "0":
        fail(f"the name Wang Yi has tabindex={facts['tabindex']!r}, want '0'")
    if "underline" not in (facts["decoration"] or ""):
        fail(f"the name Wang Yi is not underlined (text-decoration-line {facts['decoration']!r})")
    if not facts["description"] or "王毅" not in facts["description"]:
        fail(f"aria-describedby of Wang Yi does not give its Chinese form: {facts['description']!r}")
    popup_text = """const p = document.querySelector('#name-popup');
        return p && !p.hidden && p.offsetHeight > 0 && p.getAttribute('data-for') === arguments[0] ? p.textContent : '';"""
    # Hover first (the pointer then rests on the name, so no other name's hover can win), then focus.
    js(driver, "document.querySelector('#summary-article').scrollIntoView({block: 'start', behavior: 'instant'});")
    ActionChains(driver).move_to_element(name).perform()
    popup = wait_for(driver, lambda d: js(d, popup_text, "person-wang-yi"), 5, "#name-popup on hover over Wang Yi")
    if "王毅" not in popup:
        fail(f"#name-popup on hover over Wang Yi lacks 王毅: {popup!r}")
    js(driver, "document.querySelector('#name-popup').hidden = true; arguments[0].focus({preventScroll: true});", name)
    popup = wait_for(driver, lambda d: js(d, popup_text, "person-wang-yi"), 5, "#name-popup on keyboard focus of Wang Yi")
    if "王毅" not in popup:
        fail(f"#name-popup on focus of Wang Yi lacks 王毅: {popup!r}")
    screenshot(driver, args.screenshots, "summary.png")
    js(driver, "document.activeElement && document.activeElement.blur();")
    return len(chosen), len(sentences)


def check_alignment(driver, args, english, other, other_code):
    set_value(driver, "#align-source", english)
    set_value(driver, "#align-target", other)
    click(driver, "#align-submit")
    wait_for_result(driver, "align", "#align-output tr.bead", args.timeout)
    rows = js(driver, """return Array.from(document.querySelectorAll('#align-output tr.bead')).map(r => ({
        source: (r.querySelector('td.source') || {}).textContent || '',
        target: (r.querySelector('td.target') || {}).textContent || '',
        sourceLang: r.querySelector('td.source') && r.querySelector('td.source').getAttribute('lang'),
        targetLang: r.querySelector('td.target') && r.querySelector('td.target').getAttribute('lang')}));""")
    if len(rows) < 5:
        fail(f"only {len(rows)} #align-output tr.bead rows for two articles of a dozen sentences")
    want_target_lang = "zh-Hans" if other_code == "zh" else other_code
    if rows[1]["sourceLang"] != "en" or rows[1]["targetLang"] != want_target_lang:
        fail(f"bead cells have lang {rows[1]['sourceLang']!r}/{rows[1]['targetLang']!r}, want 'en'/{want_target_lang!r}")
    if not any(r["source"].strip() and r["target"].strip() for r in rows):
        fail("no bead row has text on both sides")
    source_name, target_name = KNOWN_PAIR[other_code]
    pairs = js(driver, """return Array.from(document.querySelectorAll('#align-output tr.bead .pair.known'))
        .map(p => ({source: p.getAttribute('data-source'), target: p.getAttribute('data-target'),
                    label: (p.querySelector('.tagword') || {}).textContent || ''}));""")
    match = [p for p in pairs if p["source"] == source_name and p["target"] == target_name]
    if not match:
        seen = ", ".join(f"{p['source']}↔{p['target']}" for p in pairs[:6]) or "none"
        fail(f"no known pair {source_name} ↔ {target_name} in #align-output tr.bead .pair.known (saw {seen})")
    if match[0]["label"].strip() != "known":
        fail(f"the known pair is labelled {match[0]['label']!r}, want 'known'")
    proposed_without_button = js(driver, """return Array.from(document.querySelectorAll('#align-proposals li.proposed'))
        .filter(li => !li.querySelector('button.add-glossary')).length;""")
    if proposed_without_button:
        fail(f"{proposed_without_button} proposed pairs lack an 'Add to team glossary' button")
    js(driver, "document.querySelector('#align-output').scrollIntoView({block: 'start', behavior: 'instant'});")
    screenshot(driver, args.screenshots, "alignment.png")
    return len(rows), len(pairs)


def check_downloads(driver, args):
    formats = js(driver, """return Array.from(document.querySelectorAll('#glossary-downloads a[data-format]'))
        .map(a => a.getAttribute('data-format'));""")
    missing = [f for f in FORMATS if f not in formats]
    if missing:
        fail(f"#glossary-downloads lacks links for {', '.join(missing)}")
    href = js(driver, "return document.querySelector('#glossary-downloads a[data-format=csv]').href")
    try:
        with urllib.request.urlopen(href, timeout=args.timeout) as response:
            if response.status != 200:
                fail(f"GET {href} answered {response.status}")
    except urllib.error.URLError as error:
        fail(f"GET {href} failed: {error}")


def check_escaping(driver, args):
    """A hostile name must come back as text, never as markup."""
    hostile = '<img src=x onerror="window.__triglotXSS=1">"onmouseover=alert(1)'
    set_value(driver, "#lookup-name", hostile)
    click(driver, "#lookup-submit")
    wait_for(driver, lambda d: js(d, """const out = document.querySelector('#lookup-output');
        const err = document.querySelector('#lookup-error');
        return (out && out.childElementCount > 0) || (err && !err.hidden);"""), args.timeout, "a lookup answer")
    injected = js(driver, """return Boolean(window.__triglotXSS) ||
        document.querySelectorAll('#lookup-output img, #lookup-error img').length > 0;""")
    if injected:
        fail("a looked-up name was inserted as HTML (an <img> element appeared)")


def check_phone(driver, args):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True})
    time.sleep(0.5)
    facts = js(driver, """const cell = document.querySelector('#align-output tr.bead td.target');
        return {scrollWidth: document.documentElement.scrollWidth,
                clientWidth: document.documentElement.clientWidth,
                cellDisplay: cell ? getComputedStyle(cell).display : null};""")
    if facts["scrollWidth"] > facts["clientWidth"] + 1:
        fail(f"at 375px the page scrolls sideways ({facts['scrollWidth']}px wide content)")
    if facts["cellDisplay"] != "block":
        fail(f"at 375px the bead cells are not stacked (display {facts['cellDisplay']!r})")
    js(driver, "document.querySelector('#align-output').scrollIntoView({block: 'start', behavior: 'instant'});")
    screenshot(driver, args.screenshots, "phone.png")
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def console_errors(driver):
    try:
        entries = driver.get_log("browser")
    except WebDriverException:
        return []
    return [e.get("message", "") for e in entries if e.get("level") == "SEVERE"
            and "favicon.ico" not in e.get("message", "")
            # a 4xx answer the page handled (the escaping check may get one) is logged as a load error
            and "Failed to load resource" not in e.get("message", "")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True, help="the running server, e.g. http://127.0.0.1:8080")
    parser.add_argument("--examples", default="examples", help="folder with the bundled example articles")
    parser.add_argument("--screenshots", default=".", help="folder for summary.png, alignment.png, phone.png")
    parser.add_argument("--target", choices=["zh", "vi"], default="zh", help="the alignment's other language")
    parser.add_argument("--timeout", type=int, default=60, help="seconds to wait for each answer")
    parser.add_argument("--chromium", help="the browser binary (default: chromium on PATH)")
    parser.add_argument("--chromedriver", help="the driver binary (default: chromedriver on PATH)")
    args = parser.parse_args()
    args.base_url = args.base_url.rstrip("/")

    driver = None
    try:
        try:
            with open(os.path.join(args.examples, f"{EXAMPLE}.en.txt"), encoding="utf-8") as f:
                english = f.read()
            with open(os.path.join(args.examples, f"{EXAMPLE}.{args.target}.txt"), encoding="utf-8") as f:
                other = f.read()
        except OSError as error:
            fail(f"cannot read the examples: {error}")
        os.makedirs(args.screenshots, exist_ok=True)
        try:
            with urllib.request.urlopen(args.base_url + "/", timeout=args.timeout) as response:
                page = response.read().decode("utf-8", "replace")
        except (urllib.error.URLError, OSError) as error:
            fail(f"the server does not answer at {args.base_url}/: {getattr(error, 'reason', error)}")
        if "app.js" not in page:
            fail(f"GET {args.base_url}/ is not the Triglot page (no app.js in it)")
        driver = start_browser(args)
        driver.set_page_load_timeout(args.timeout)
        try:
            driver.get(args.base_url + "/")
        except WebDriverException as error:
            fail(f"cannot load {args.base_url}/: {error.msg}")
        wait_for(driver, lambda d: js(d, "return document.documentElement.getAttribute('data-ready')"), 15,
                 "the page script (html[data-ready]); is app.js served?")
        check_downloads(driver, args)
        chosen, sentences = check_summary(driver, args, english)
        beads, known = check_alignment(driver, args, english, other, args.target)
        check_escaping(driver, args)
        check_phone(driver, args)
        errors = console_errors(driver)
        if errors:
            fail(f"the browser console logged an error: {errors[0][:200]}")
        print(f"browser-check: ok ({chosen} of {sentences} sentences chosen, {beads} beads, "
              f"{known} known name pairs in rows; screenshots in {args.screenshots})")
        return 0
    except CheckFailed as failure:
        if driver is not None:
            try:
                driver.save_screenshot(os.path.join(args.screenshots, "failure.png"))
            except WebDriverException:
                pass
        print(f"browser-check: FAIL: {failure}", file=sys.stderr)
        return 1
    except WebDriverException as error:
        print(f"browser-check: FAIL: browser error: {' '.join((error.msg or str(error)).split())[:300]}", file=sys.stderr)
        return 1
    finally:
        if driver is not None:
            driver.quit()


if __name__ == "__main__":
    sys.exit(main())
