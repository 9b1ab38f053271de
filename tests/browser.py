"""Drive Debian's chromium (through its chromedriver) on a view file: a real browser, no mocks.

Used by tests/test_view.py and bench/bench_view.py. The browser starts with a fresh profile and every
background service off, so the only requests it makes are the page's own; tests run inside a
loopback-only network namespace (.ci/run) where any other request would fail anyway.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

CHROMIUM = os.environ.get("VANBAN_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("VANBAN_CHROMEDRIVER", "/usr/bin/chromedriver")
ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
        "--disable-default-apps", "--disable-extensions", "--window-size=1400,900")


def available() -> str | None:
    """None when chromium and chromedriver are installed, else what is missing and how to install it."""
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not shutil.which(p)]
    if missing:
        return f"{', '.join(missing)} not found; apt-get install -y chromium chromium-driver"
    return None


@contextlib.contextmanager
def chromium(profile_dir=None):
    """A headless chromium WebDriver with browser and performance (CDP Network) logs enabled."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    own = profile_dir is None
    profile = Path(profile_dir or tempfile.mkdtemp(prefix="vanban-chromium-"))
    profile.mkdir(parents=True, exist_ok=True)
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for a in ARGS:
        opts.add_argument(a)
    opts.add_argument(f"--user-data-dir={profile}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # Tests decide themselves whether an alert appeared; the driver must not dismiss it silently.
    opts.set_capability("unhandledPromptBehavior", "ignore")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    try:
        yield driver
    finally:
        driver.quit()
        if own:
            shutil.rmtree(profile, ignore_errors=True)


def open_view(driver, path, timeout=60.0) -> float:
    """Load a view file and wait until its layout is still; returns seconds from navigation to still."""
    url = Path(path).resolve().as_uri()
    driver.get("about:blank")
    driver.get_log("performance")  # drop what the start page asked for: only this page's requests count
    driver.get_log("browser")
    t0 = time.perf_counter()
    driver.get(url)
    wait_stable(driver, timeout)
    return time.perf_counter() - t0


def wait_stable(driver, timeout=60.0):
    """Until vis reports 'stabilizationIterationsDone' (the page sets vanbanView.stabilized)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if driver.execute_script("return !!(window.vanbanView && window.vanbanView.stabilized)"):
            return
        time.sleep(0.05)
    raise TimeoutError(f"the view did not stabilise within {timeout} s")


def page_counts(driver) -> tuple[int, int]:
    """(nodes, edges) held by the page's vis DataSets."""
    n, e = driver.execute_script("return [vanbanView.nodes.length, vanbanView.edges.length]")
    return n, e


def requested_urls(driver) -> list[str]:
    """Every URL the page asked for: CDP Network.requestWillBeSent events plus the Resource Timing list."""
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    urls += driver.execute_script("return performance.getEntriesByType('resource').map(function (r) { return r.name; })")
    return urls


def foreign_requests(driver) -> list[str]:
    """Requests to anything but the file itself or inline data."""
    return [u for u in requested_urls(driver) if not u.startswith(("file://", "data:"))]


def severe_logs(driver) -> list[dict]:
    """Console entries at SEVERE level: script errors, refused loads, CSP violations."""
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def node_dom_position(driver, node_id) -> tuple[float, float]:
    """Where a node is drawn, in CSS pixels relative to the network's canvas."""
    x, y = driver.execute_script(
        "var v = vanbanView.network; var p = v.getPositions([arguments[0]])[arguments[0]];"
        "var d = v.canvasToDOM(p); return [d.x, d.y];", node_id)
    return x, y


def hover_node(driver, node_id):
    """Move the real mouse pointer onto a node, as a user would, and wait for vis's tooltip."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    driver.execute_script("vanbanView.network.focus(arguments[0], {scale: 1.5, animation: false});", node_id)
    canvas = driver.find_element(By.CSS_SELECTOR, "#mynetwork canvas")
    x, y = node_dom_position(driver, node_id)
    w, h = canvas.size["width"], canvas.size["height"]
    # Selenium offsets are from the element's centre.
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).pause(0.1) \
        .move_by_offset(1, 1).perform()
    return wait_tooltip(driver)


def hover_edge(driver, edge_id):
    """Move the pointer onto the middle of an edge and wait for its tooltip."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    f, t = driver.execute_script("var e = vanbanView.edges.get(arguments[0]); return [e.from, e.to];", edge_id)
    driver.execute_script("vanbanView.network.fit({nodes: [arguments[0], arguments[1]], animation: false});", f, t)
    # A point on the edge as drawn (curved or straight), a third of the way, clear of its label;
    # vis keeps the drawn geometry on its internal edge object.
    x, y = driver.execute_script(
        "var v = vanbanView.network; var p = v.body.edges[arguments[0]].edgeType.getPoint(0.3);"
        "var d = v.canvasToDOM(p); return [d.x, d.y];", edge_id)
    canvas = driver.find_element(By.CSS_SELECTOR, "#mynetwork canvas")
    w, h = canvas.size["width"], canvas.size["height"]
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).pause(0.1) \
        .move_by_offset(0, 1).move_by_offset(0, -1).perform()
    return wait_tooltip(driver)


def wait_tooltip(driver, timeout=5.0) -> str:
    """The text of vis's visible tooltip element."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = driver.execute_script(
            "var t = document.querySelector('div.vis-tooltip');"
            "return t && t.style.visibility !== 'hidden' && t.offsetParent !== null ? t.textContent : null;")
        if text:
            return text
        time.sleep(0.05)
    raise TimeoutError("no tooltip appeared")


def alert_open(driver) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        driver.switch_to.alert.text  # noqa: B018 - raises when there is none
        return True
    except NoAlertPresentException:
        return False
