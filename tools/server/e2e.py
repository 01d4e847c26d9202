#!/usr/bin/env python3
"""End-to-end check of `triglot serve`, run as a user runs it.

    tools/server/e2e.py --binary .build/debug/triglot \
        --openapi Sources/TriglotServer/Resources/openapi.json --examples examples

Starts the built server on free loopback ports with a temporary memory, team glossary and
token file (one server with open writes, one with --token-file and a small --max-body),
calls every endpoint with good and bad input, validates every JSON answer against the
OpenAPI document's response schema (JSON Schema 2020-12, $ref resolved in the document) and
checks the content. Prints one PASS/FAIL line per check and exits 1 when one failed.
Needs Python 3.9+ and `jsonschema` (pip install jsonschema).
"""
import argparse
import glob
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ElementTree

try:
    import jsonschema
except ImportError:
    sys.exit("e2e.py needs jsonschema: pip install jsonschema")

TOKEN = "e2e-token-7f3c9a"
DOC_URI = "urn:triglot:openapi"


class Report:
    """The PASS/FAIL lines, and every response's headers for the checks that span them all."""

    def __init__(self):
        self.failed = []
        self.passed = 0
        self.lock = threading.Lock()
        self.responses = []  # (label, headers) of every response
        self.calls = set()  # (method, path, status) of every response
        self.accepted = []  # (method, path, body) of every JSON request answered 2xx

    def check(self, name, ok, detail="", info=""):
        """Prints PASS or FAIL and `name`; `detail` says why a check failed, `info` what a passed one measured."""
        with self.lock:
            if ok:
                self.passed += 1
            else:
                self.failed.append(name)
            extra = (f"  -- {detail}" if detail else "") if not ok else (f"  ({info})" if info else "")
            print(("PASS " if ok else "FAIL ") + name + " ".join(extra.split("\n")), flush=True)
        return ok


REPORT = Report()
check = REPORT.check


class Response:
    def __init__(self, status, headers, body, method, path):
        self.status, self.headers, self.body, self.method, self.path = status, headers, body, method, path

    def header(self, name):
        return self.headers.get(name.lower())

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")

    @property
    def json(self):
        return json.loads(self.body)

    def __repr__(self):
        return f"{self.method} {self.path} -> {self.status} {self.text[:300]!r}"


class OpenAPI:
    """Finds an operation's response schema and validates a body against it."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as file:
            self.raw = file.read()
        self.doc = json.loads(self.raw)
        try:
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012
            resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
            self.registry = Registry().with_resource(DOC_URI, resource)
            self.resolver = None
        except ImportError:  # jsonschema < 4.18
            self.registry = None
            self.resolver = jsonschema.RefResolver(DOC_URI, self.doc)

    @staticmethod
    def escape(part):
        return part.replace("~", "~0").replace("/", "~1")

    def at(self, pointer):
        node = self.doc
        for part in pointer.split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def follow(self, pointer):
        """The pointer of the object at `pointer`, its $ref followed."""
        node = self.at(pointer)
        while isinstance(node, dict) and "$ref" in node:
            pointer = node["$ref"][1:]
            node = self.at(pointer)
        return pointer

    def response_pointer(self, path, method, status):
        operation = self.doc["paths"].get(path, {}).get(method.lower())
        if operation is None:
            return None
        responses = operation["responses"]
        key = str(status) if str(status) in responses else ("default" if "default" in responses else None)
        if key is None:
            return None
        return self.follow("/paths/" + self.escape(path) + "/" + method.lower() + "/responses/" + key)

    def validate(self, response, path=None, response_pointer=None):
        """Problems of `response` against the document (an empty list when it conforms)."""
        pointer = response_pointer or self.response_pointer(path or response.path.split("?")[0], response.method, response.status)
        if pointer is None:
            return [f"no response {response.status} documented for {response.method} {path or response.path}"]
        declared = self.at(pointer)
        problems = []
        for header, spec in declared.get("headers", {}).items():
            spec = self.at(self.follow(pointer + "/headers/" + self.escape(header)))
            if spec.get("required") and response.header(header) is None:
                problems.append(f"header {header} missing")
        content = declared.get("content")
        if not content:
            return problems
        media = (response.header("content-type") or "").split(";")[0].strip()
        if media not in content:
            return problems + [f"content type {media!r} not among {sorted(content)}"]
        if media != "application/json":
            return problems
        try:
            body = response.json
        except ValueError as error:
            return problems + [f"body is not JSON: {error}"]
        schema_pointer = pointer + "/content/" + self.escape(media) + "/schema"
        schema = {"$ref": DOC_URI + "#" + schema_pointer}
        if self.registry is not None:
            validator = jsonschema.Draft202012Validator(schema, registry=self.registry)
        else:
            validator = jsonschema.Draft202012Validator(schema, resolver=self.resolver)
        for error in validator.iter_errors(body):
            location = "/".join(str(part) for part in error.absolute_path)
            problems.append(f"at /{location}: {error.message[:200]}")
        return problems


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """One `triglot serve` process on a free loopback port."""

    def __init__(self, binary, folder, name, token=False, max_body=None, db=None, team=None):
        self.binary, self.folder, self.name = binary, folder, name
        self.db = db or os.path.join(folder, f"{name}-memory.sqlite")
        self.team = team or os.path.join(folder, f"{name}-team-glossary.tsv")
        self.token_file = None
        if token:
            self.token_file = os.path.join(folder, f"{name}-token")
            with open(self.token_file, "w") as file:
                file.write(TOKEN + "\n")
            os.chmod(self.token_file, 0o600)
        self.max_body = max_body
        self.process = None
        self.port = None
        self.log_path = os.path.join(folder, f"{name}.log")

    def arguments(self):
        arguments = [self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--db", self.db,
                     "--team-glossary", self.team]
        if self.token_file:
            arguments += ["--token-file", self.token_file]
        if self.max_body:
            arguments += ["--max-body", self.max_body]
        return arguments

    def start(self, timeout=90, attempts=3):
        """Starts the server; a port taken between free_port() and the bind is retried with another."""
        for attempt in range(attempts):
            try:
                return self.start_once(timeout)
            except RuntimeError as error:
                if attempt == attempts - 1 or "in use" not in str(error).lower():
                    raise

    def start_once(self, timeout):
        self.port = free_port()
        log = open(self.log_path, "ab")
        # Only the glossaries given here: a TRIGLOT_GLOSSARY of the user's would change the answers.
        environment = {key: value for key, value in os.environ.items() if key != "TRIGLOT_GLOSSARY"}
        self.process = subprocess.Popen(self.arguments(), stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=environment,
                                        start_new_session=True)
        log.close()
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"server {self.name} exited with {self.process.returncode}: {self.log_tail()}")
            try:
                response = self.request("GET", "/healthz", timeout=2, record=False)
                if response.status == 200:
                    return time.monotonic() - started
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"server {self.name} did not answer /healthz within {timeout}s: {self.log_tail()}")

    def log_tail(self):
        try:
            with open(self.log_path, "rb") as file:
                return file.read()[-1500:].decode("utf-8", "replace")
        except OSError:
            return ""

    def stop(self):
        """SIGTERM, then SIGKILL after 15 s; the exit status of a graceful stop, None otherwise."""
        status = None
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                status = self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        return status

    def kill9(self):
        self.process.kill()  # SIGKILL
        self.process.wait()
        self.process = None

    def request(self, method, path, body=None, headers=None, token=None, timeout=300, record=True, chunked=False):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            headers = dict(headers or {})
            if isinstance(body, (dict, list)):
                body = json.dumps(body, ensure_ascii=False).encode("utf-8")
                headers.setdefault("Content-Type", "application/json")
            elif isinstance(body, str):
                body = body.encode("utf-8")
            if token:
                headers["Authorization"] = f"Bearer {token}"
            if chunked:
                def chunks(data=body):
                    for start in range(0, len(data), 8192):
                        yield data[start:start + 8192]
                connection.request(method, path, body=chunks(), headers=headers, encode_chunked=True)
            else:
                connection.request(method, path, body=body, headers=headers)
            raw = connection.getresponse()
            data = raw.read()
            response = Response(raw.status, {k.lower(): v for k, v in raw.getheaders()}, data, method, path)
        finally:
            connection.close()
        if record:
            with REPORT.lock:
                REPORT.responses.append((f"{self.name} {method} {path} {response.status}", response.headers))
                REPORT.calls.add((method, path.split("?")[0], response.status))
                if 200 <= response.status < 300 and headers.get("Content-Type") == "application/json":
                    REPORT.accepted.append((method, path.split("?")[0], body))
        return response


class Suite:
    def __init__(self, arguments):
        self.api = OpenAPI(arguments.openapi)
        self.binary = os.path.abspath(arguments.binary)
        self.examples = {}
        for path in sorted(glob.glob(os.path.join(arguments.examples, "*.txt"))):
            language = path.rsplit(".", 2)[-2]
            with open(path, encoding="utf-8") as file:
                self.examples[language] = file.read()
        if not {"en", "zh", "vi"} <= set(self.examples):
            sys.exit(f"e2e.py needs the en, zh and vi examples in {arguments.examples}")
        self.folder = tempfile.mkdtemp(prefix="triglot-e2e-")
        self.servers = []
        self.keep = arguments.keep

    # -- helpers

    def conforms(self, name, response, path=None, pointer=None):
        problems = self.api.validate(response, path=path, response_pointer=pointer)
        return check(f"{name}: body matches the OpenAPI schema", not problems, "; ".join(problems[:5]))

    def expect(self, name, response, status, path=None):
        """Checks the status and the schema; True when the status is right."""
        ok = check(f"{name}: status {status}", response.status == status, repr(response))
        self.conforms(name, response, path=path)
        return ok

    def expect_error(self, name, response, status, code, path=None, pointer=None, message_has=None):
        ok = check(f"{name}: {status} {code}", response.status == status and self.error_code(response) == code, repr(response))
        if 400 <= response.status:
            self.conforms(name, response, path=path, pointer=pointer)
        if message_has is not None and ok:
            message = response.json["error"]["message"]
            check(f"{name}: message names {message_has!r}", re.search(message_has, message) is not None, message)
        return ok

    @staticmethod
    def error_code(response):
        try:
            return response.json["error"]["code"]
        except (ValueError, KeyError, TypeError):
            return None

    def section(self, name, function, *arguments):
        try:
            function(*arguments)
        except Exception as error:  # one broken section must not hide the others
            check(f"{name}: ran without an exception", False, f"{type(error).__name__}: {error}")

    def start(self, server):
        self.servers.append(server)
        seconds = server.start()
        check(f"{server.name}: started and answered /healthz", True, info=f"{seconds:.1f}s, port {server.port}")
        return server

    # -- the run

    def run(self):
        open_server = Server(self.binary, self.folder, "open")
        token_server = Server(self.binary, self.folder, "token", token=True, max_body="64K")
        try:
            try:
                self.start(open_server)
                self.start(token_server)
            except RuntimeError as error:
                check("servers started", False, str(error))
                return self.finish()
            slow = threading.Thread(target=self.section, args=("slow client", self.slow_client, open_server))
            slow.start()
            trickle = threading.Thread(target=self.section, args=("trickling client", self.trickling_client, open_server))
            trickle.start()
            a = open_server
            self.section("basics", self.basics, a)
            self.section("segment", self.segment, a)
            self.section("summarize", self.summarize, a)
            self.section("summarize pair", self.summarize_pair, a)
            alignment = {}
            self.section("align", self.align, a, alignment)
            self.section("names", self.names, a)
            self.section("glossary export", self.glossary_export, a)
            self.section("glossary concepts", self.glossary_concepts, a)
            self.section("memory", self.memory, a, alignment)
            self.section("memory import", self.memory_import, a)
            self.section("hostile TMX", self.hostile_tmx, a)
            self.section("memory export", self.memory_export, a)
            self.section("bad requests", self.bad_requests, a)
            self.section("concurrent writes", self.concurrent_writes, a)
            self.section("token", self.token, token_server)
            self.section("body limit", self.body_limit, token_server)
            slow.join()
            trickle.join()
            self.section("kill -9", self.kill_and_restart, a)
            self.accepted_requests()
            self.request_ids()
        finally:
            for server in self.servers:
                if server.process is not None:
                    status = server.stop()
                    check(f"{server.name}: stops on SIGTERM with status 0", status == 0, f"status {status}")
            if not self.keep:
                import shutil
                shutil.rmtree(self.folder, ignore_errors=True)
            else:
                print(f"kept {self.folder}")
        return self.finish()

    def finish(self):
        print(f"{REPORT.passed} passed, {len(REPORT.failed)} failed" + (": " + ", ".join(REPORT.failed[:20]) if REPORT.failed else ""))
        return 1 if REPORT.failed else 0

    # -- sections

    def basics(self, s):
        r = s.request("GET", "/healthz")
        if self.expect("healthz", r, 200):
            check("healthz: status ok and a version", r.json.get("status") == "ok" and bool(r.json.get("version")), r.text)
        check("healthz: Content-Type application/json; charset=utf-8",
              (r.header("content-type") or "").replace(" ", "").lower() == "application/json;charset=utf-8", r.header("content-type"))
        r = s.request("GET", "/openapi.json")
        self.expect("openapi.json", r, 200)
        try:
            served = r.json
        except ValueError:
            served = None
        check("openapi.json: the served document is the one in the repository", served == self.api.doc,
              "served document differs from --openapi file")
        for path, media, marker in [("/", "text/html", "<!doctype html"), ("/app.js", "javascript", None), ("/app.css", "text/css", None)]:
            r = s.request("GET", path)
            check(f"GET {path}: 200 {media}", r.status == 200 and media in (r.header("content-type") or ""), f"{r.status} {r.header('content-type')}")
            if marker:
                check(f"GET {path}: an HTML page", marker in r.text.lower(), r.text[:200])
                check(f"GET {path}: a Content-Security-Policy", bool(r.header("content-security-policy")))
        r = s.request("GET", "/healthz", headers={"X-Request-Id": "e2e-client.id_1"})
        check("X-Request-Id: a client's own short id is echoed", r.header("x-request-id") == "e2e-client.id_1", r.header("x-request-id"))
        r = s.request("GET", "/healthz", headers={"X-Request-Id": "<script>" + "x" * 100})
        check("X-Request-Id: a client's unsafe id is replaced", bool(r.header("x-request-id")) and "<" not in r.header("x-request-id"),
              r.header("x-request-id"))

    def segment(self, s):
        text = self.examples["en"]
        r = s.request("POST", "/v1/segment", {"text": text})
        if self.expect("segment en sentences", r, 200):
            items = r.json["items"]
            check("segment en sentences: unit sentence, several items, language en",
                  r.json["unit"] == "sentence" and len(items) > 5 and all(i["language"] == "en" for i in items), r.text[:300])
            check("segment en sentences: start/end are scalar offsets of each text",
                  all(text[i["start"]:i["end"]] == i["text"] for i in items),
                  next((f"{i}" for i in items if text[i["start"]:i["end"]] != i["text"]), ""))
            check("segment en sentences: no kind on sentences", all("kind" not in i for i in items))
        text = self.examples["zh"]
        r = s.request("POST", "/v1/segment", {"text": text, "unit": "word", "language": "zh"})
        if self.expect("segment zh words", r, 200):
            items = r.json["items"]
            check("segment zh words: unit word, kinds, offsets into the text",
                  r.json["unit"] == "word" and all("kind" in i and text[i["start"]:i["end"]] == i["text"] for i in items) and
                  any(i["kind"] == "punctuation" for i in items), r.text[:300])
        text = "Hà Nội 😀 là thủ đô. Đây là câu thứ hai."
        r = s.request("POST", "/v1/segment", {"text": text, "language": "vi"})
        if self.expect("segment vi with an emoji", r, 200):
            items = r.json["items"]
            check("segment vi: offsets count Unicode scalars (emoji is one)",
                  len(items) == 2 and all(text[i["start"]:i["end"]] == i["text"] for i in items), r.text)

    def summarize(self, s):
        text = self.examples["en"]
        r = s.request("POST", "/v1/summarize", {"text": text, "explain": True, "names": True})
        if self.expect("summarize en", r, 200):
            body = r.json
            document = body["document"]
            check("summarize en: file null, language en, a title", body["file"] is None and body["language"] == "en" and
                  "Wang Yi" in (body["title"] or ""), f'{body["file"]!r} {body["language"]!r} {body["title"]!r}')
            check("summarize en: document is every sentence in order, offsets into the text",
                  [d["index"] for d in document] == list(range(len(document))) and len(document) > 5 and
                  all(text[d["start"]:d["end"]] == d["text"] for d in document))
            by_index = {d["index"]: d["text"] for d in document}
            chosen = body["sentences"]
            check("summarize en: 1-3 chosen sentences, each a sentence of the article",
                  1 <= len(chosen) <= 3 and all(by_index.get(c["index"]) == c["text"] and text[c["start"]:c["end"]] == c["text"]
                                                for c in chosen), json.dumps(chosen)[:300])
            check("summarize en: chosen in document order", [c["index"] for c in chosen] == sorted(c["index"] for c in chosen))
            explained = [e["index"] for e in body.get("explain", [])]
            check("summarize en: explain scores every sentence but the headline, the chosen ones among them",
                  explained == sorted(explained) and set(explained) <= set(by_index) and len(explained) >= len(document) - 1 and
                  {c["index"] for c in chosen} <= set(explained), f"{explained} of {len(document)}")
            known = body.get("names", {}).get("known", [])
            wang = [k for k in known if k["concept"] == "person-wang-yi"]
            check("summarize en: names finds Wang Yi with his zh and vi forms",
                  bool(wang) and wang[0]["forms"].get("zh") == "王毅" and wang[0]["forms"].get("vi") == "Vương Nghị" and
                  all(text[o["start"]:o["end"]] == wang[0]["text"] for o in wang[0]["occurrences"]), json.dumps(wang)[:300])
        r = s.request("POST", "/v1/summarize", {"text": self.examples["zh"], "sentences": 2})
        if self.expect("summarize zh, 2 sentences", r, 200):
            check("summarize zh: 2 sentences, language zh, no names or explain unless asked",
                  len(r.json["sentences"]) == 2 and r.json["language"] == "zh" and "names" not in r.json and "explain" not in r.json,
                  r.text[:300])
        r = s.request("POST", "/v1/summarize", {"text": self.examples["vi"], "language": "vi", "words": 40})
        if self.expect("summarize vi, 40 words", r, 200):
            check("summarize vi: at least one sentence", len(r.json["sentences"]) >= 1 and r.json["language"] == "vi")
        r = s.request("POST", "/v1/summarize", {"text": self.examples["en"], "sentences": 2, "words": 10})
        self.expect_error("summarize with sentences and words", r, 400, "invalid_request")

    def summarize_pair(self, s):
        r = s.request("POST", "/v1/summarize/pair", {"source": self.examples["en"], "target": self.examples["zh"], "sentences": 2})
        if self.expect("summarize pair en/zh", r, 200):
            body = r.json
            flat_en, flat_zh = " ".join(self.examples["en"].split()), self.examples["zh"]
            check("summarize pair: languages en, zh; 2 pairs whose sides are in the articles",
                  body["languages"] == ["en", "zh"] and len(body["pairs"]) == 2 and
                  all(p["source"] in flat_en and p["target"].replace(" ", "") in flat_zh.replace(" ", "").replace("\n", "")
                      for p in body["pairs"]), r.text[:400])

    def align(self, s, out):
        r = s.request("POST", "/v1/align", {"source": self.examples["en"], "target": self.examples["zh"]})
        if self.expect("align en/zh", r, 200):
            body = r.json
            out.update(body)
            flat = " ".join(self.examples["en"].split())
            check("align en/zh: languages en and zh, beads whose English is in the article",
                  body["source_language"] == "en" and body["target_language"] == "zh" and len(body["beads"]) > 5 and
                  all(" ".join(b["source"].split()) in flat for b in body["beads"]), r.text[:300])
            pair = [n for n in body.get("names", []) if n["source"] == "Wang Yi" and n["target"] == "王毅"]
            check("align en/zh: pairs Wang Yi with 王毅 (known, person-wang-yi)",
                  bool(pair) and pair[0]["known"] and pair[0]["concept"] == "person-wang-yi", json.dumps(body.get("names", []))[:300])
            check("align en/zh: proposals listed, none already in the glossary",
                  isinstance(body.get("proposals"), list) and all(not p["known"] for p in body["proposals"]),
                  json.dumps(body.get("proposals"))[:300])
        r = s.request("POST", "/v1/align", {"source": self.examples["vi"], "target": self.examples["zh"], "names": False})
        if self.expect("align vi/zh without names", r, 200):
            check("align vi/zh: no names, languages vi and zh",
                  "names" not in r.json and r.json["source_language"] == "vi" and r.json["target_language"] == "zh", r.text[:200])

    def names(self, s):
        r = s.request("POST", "/v1/names/lookup", {"name": "Wang Yi"})
        if self.expect("names lookup Wang Yi", r, 200):
            body = r.json
            check("names lookup Wang Yi: person-wang-yi, zh 王毅, vi Vương Nghị",
                  body["concept"] == "person-wang-yi" and body["best"].get("zh") == "王毅" and body["best"].get("vi") == "Vương Nghị",
                  r.text[:300])
        r = s.request("POST", "/v1/names/lookup", {"name": "王毅", "from": "zh", "to": ["en"]})
        if self.expect("names lookup 王毅 to en", r, 200):
            check("names lookup 王毅: best en only, Wang Yi", r.json["best"] == {"en": "Wang Yi"} and r.json["from"] == "zh", r.text[:300])
        r = s.request("POST", "/v1/names/lookup", {"name": "Zhang Weiming"})
        if self.expect("names lookup of a name not in the glossary", r, 200):
            check("names lookup Zhang Weiming: no concept, a rule form in zh", r.json["concept"] is None and bool(r.json["best"].get("zh")),
                  r.text[:300])
        text = self.examples["vi"]
        r = s.request("POST", "/v1/names/recognize", {"text": "Bộ trưởng Vương Nghị đến Hà Nội.", "language": "vi"})
        self.expect("names recognize with \"language\" (as the contract has it)", r, 200)
        r = s.request("POST", "/v1/names/recognize", {"text": text})
        if self.expect("names recognize vi", r, 200):
            wang = [k for k in r.json["known"] if k["concept"] == "person-wang-yi"]
            check("names recognize vi: Vương Nghị is person-wang-yi (forms en Wang Yi, zh 王毅), offsets into the text",
                  bool(wang) and wang[0]["forms"].get("en") == "Wang Yi" and wang[0]["forms"].get("zh") == "王毅" and
                  all(text[o["start"]:o["end"]] == wang[0]["text"] for o in wang[0]["occurrences"]), json.dumps(wang)[:300])
        r = s.request("POST", "/v1/names/recognize", {"text": self.examples["en"]})
        if self.expect("names recognize en", r, 200):
            check("names recognize en: an unknown name with candidates (Zhang Dongqiang)",
                  any(u["text"] == "Zhang Dongqiang" and u["candidates"] for u in r.json["unknown"]), r.text[-400:])

    def glossary_export(self, s):
        for fmt, media in [("tbx", "xml"), ("tbx2", "xml"), ("tmx", "xml"), ("csv", "text/csv"), ("tsv", "text/tab-separated-values"),
                           ("json", "application/json")]:
            r = s.request("GET", f"/v1/glossary/export?format={fmt}")
            if self.expect(f"glossary export {fmt}", r, 200, path="/v1/glossary/export"):
                disposition = r.header("content-disposition") or ""
                check(f"glossary export {fmt}: {media}, attachment triglot-glossary.*, holds 王毅",
                      media in (r.header("content-type") or "") and "attachment" in disposition and "triglot-glossary." in disposition and
                      "王毅" in r.text, f"{r.header('content-type')} | {disposition}")
                if media == "xml":
                    try:
                        ElementTree.fromstring(r.body)
                        check(f"glossary export {fmt}: well-formed XML", True)
                    except ElementTree.ParseError as error:
                        check(f"glossary export {fmt}: well-formed XML", False, str(error))
        r = s.request("GET", "/v1/glossary/export?format=json&scope=team")
        if self.expect("glossary export team (empty)", r, 200, path="/v1/glossary/export"):
            check("glossary export team: no concept yet", r.json == [], r.text[:200])
        r = s.request("GET", "/v1/glossary/export?format=docx")
        self.expect_error("glossary export unknown format", r, 400, "invalid_request", path="/v1/glossary/export")

    def glossary_json(self, s, scope="all"):
        r = s.request("GET", f"/v1/glossary/export?format=json&scope={scope}")
        assert r.status == 200, repr(r)
        return r

    def glossary_concepts(self, s):
        before = self.glossary_json(s).json
        r = s.request("POST", "/v1/glossary/concepts", {"kind": "person", "en": "Quentin Zorblax", "vi": "Quentin Zorblax", "zh": "佐布拉克斯",
                                                        "note": "made up for the e2e test"})
        added = self.expect("glossary add (open server, no token)", r, 201)
        team = self.glossary_json(s, "team").json
        if added:
            # "total" counts the team glossary's concepts (the file added to), not the shipped ones.
            check("glossary add: added 1, total = the team glossary's concepts", r.json["added"] == 1 and r.json["total"] == len(team) == 1,
                  f"{r.text} (team: {len(team)})")
        check("glossary add: the whole glossary has one concept more", len(self.glossary_json(s).json) == len(before) + 1)
        check("glossary add: in the team export", any(c.get("en") == "Quentin Zorblax" and c.get("zh") == "佐布拉克斯" for c in team),
              json.dumps(team)[:300])
        r = s.request("POST", "/v1/names/lookup", {"name": "Quentin Zorblax", "to": ["zh"]})
        check("glossary add: the lookup uses it at once", r.status == 200 and r.json["best"].get("zh") == "佐布拉克斯" and r.json["concept"],
              r.text[:300])
        # A concept that conflicts with the shipped glossary: refused, nothing written.
        before = self.glossary_json(s).body
        r = s.request("POST", "/v1/glossary/concepts", {"kind": "person", "en": "Wang Yi", "zh": "王五"})
        self.expect_error("glossary conflict (Wang Yi = 王五)", r, 422, "unprocessable")
        check("glossary conflict: glossary export unchanged", self.glossary_json(s).body == before)
        r = s.request("POST", "/v1/glossary/concepts", {"kind": "person", "en": "Lonely Name"})
        self.expect_error("glossary concept with one language", r, 400, "invalid_request")
        r = s.request("POST", "/v1/glossary/concepts", {"kind": "spaceship", "en": "Ship A", "vi": "Tàu A"})
        self.expect_error("glossary concept of an unknown kind", r, 400, "invalid_request", message_has="kind")
        # Markup in a concept comes back escaped for JSON and intact.
        hostile_en, hostile_vi = 'Zyx <script>alert(1)</script>', 'Zyx "onmouseover=alert(1) x'
        r = s.request("POST", "/v1/glossary/concepts", {"kind": "organisation", "en": hostile_en, "vi": hostile_vi,
                                                        "note": '<img src=x onerror=alert(1)> "onmouseover='})
        if self.expect("glossary add with <script> and \"onmouseover=", r, 201):
            export = self.glossary_json(s, "team")
            concept = [c for c in export.json if c.get("en") == hostile_en]
            check("glossary markup: en, vi and note intact after a round trip",
                  bool(concept) and concept[0]["vi"] == hostile_vi and concept[0]["note"] == '<img src=x onerror=alert(1)> "onmouseover=',
                  json.dumps(concept)[:300])
            check("glossary markup: quotes escaped in the JSON text", '\\"onmouseover=' in export.text and
                  not re.search(r'[^\\]"onmouseover=', export.text))
            tbx = s.request("GET", "/v1/glossary/export?format=tbx&scope=team")
            check("glossary markup: escaped in the TBX export (no raw <script>)",
                  tbx.status == 200 and "<script>" not in tbx.text and "&lt;script&gt;" in tbx.text, tbx.text[:300])

    def memory_json(self, s):
        r = s.request("GET", "/v1/memory/export?format=json")
        assert r.status == 200, repr(r)
        return r

    def search(self, s, text, **fields):
        return s.request("POST", "/v1/memory/search", {"text": text, **fields})

    def memory(self, s, alignment):
        check("memory: empty at start", self.memory_json(s).json == [])
        if not alignment:
            check("memory: an alignment to add", False, "align failed")
            return
        pairs = [b for b in alignment["beads"] if b["source"].strip() and b["target"].strip()]
        r = s.request("POST", "/v1/memory/units", alignment)
        if self.expect("memory add the alignment", r, 200):
            check("memory add: every pair read and added", r.json["read"] == len(pairs) and r.json["added"] == len(pairs) and
                  r.json["total"] == len(pairs), f"{r.text} (pairs: {len(pairs)})")
        bead = pairs[2]
        r = self.search(s, bead["source"])
        if self.expect("memory search after the add", r, 200):
            matches = r.json["matches"]
            check("memory search: the unit found at 100% with its zh side",
                  bool(matches) and matches[0]["percentage"] == 100 and matches[0]["text"] == bead["source"] and
                  {"lang": "zh", "text": bead["target"]} in matches[0]["variants"], r.text[:400])
        r = self.search(s, bead["target"], language="zh", minimum=90, limit=1)
        if self.expect("memory search zh", r, 200):
            check("memory search zh: 100%, one match, lang zh", len(r.json["matches"]) == 1 and r.json["matches"][0]["percentage"] == 100 and
                  r.json["matches"][0]["lang"] == "zh", r.text[:300])
        r = self.search(s, bead["source"].replace("the", "a", 1), minimum=70)
        if self.expect("memory fuzzy search", r, 200):
            check("memory fuzzy search: found below 100%", bool(r.json["matches"]) and 70 <= r.json["matches"][0]["percentage"] < 100,
                  r.text[:300])
        r = s.request("POST", "/v1/memory/units", alignment)
        if self.expect("memory add the same alignment again", r, 200):
            check("memory add again: nothing added twice", r.json["added"] == 0 and r.json["total"] == len(pairs), r.text)
        r = self.search(s, "x", minimum=101)
        self.expect_error("memory search minimum 101", r, 400, "invalid_request", message_has="minimum")
        # Markup in a unit comes back escaped for JSON and intact.
        source, target = 'Ops <script>alert("x")</script> test "onmouseover=alert(1) end.', '测试<script>脚本</script>"onmouseover=句子。'
        unit = {"source_language": "en", "target_language": "zh",
                "beads": [{"bead": "1-1", "score": 1.0, "source_sentences": [0], "target_sentences": [0], "source": source, "target": target}]}
        r = s.request("POST", "/v1/memory/units", unit)
        if self.expect("memory add a unit with <script> and \"onmouseover=", r, 200):
            check("memory markup unit: added 1", r.json["added"] == 1, r.text)
        r = self.search(s, source)
        if self.expect("memory search the markup unit", r, 200):
            matches = r.json["matches"]
            check("memory markup: both sides intact at 100%", bool(matches) and matches[0]["percentage"] == 100 and
                  matches[0]["text"] == source and {"lang": "zh", "text": target} in matches[0]["variants"], r.text[:300])
            check("memory markup: quotes escaped in the JSON text", '\\"onmouseover=' in r.text and
                  not re.search(r'[^\\]"onmouseover=', r.text))
        tmx = s.request("GET", "/v1/memory/export?format=tmx")
        check("memory markup: escaped in the TMX export", tmx.status == 200 and "<script>" not in tmx.text and "&lt;script&gt;" in tmx.text)

    def memory_import(self, s):
        before = self.memory_json(s).json
        tmx = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="e2e" creationtoolversion="1" segtype="sentence" o-tmf="e2e" adminlang="en" srclang="en" datatype="plaintext"/>
<body><tu><tuv xml:lang="en"><seg>The ferry to Cát Bà leaves at seven &amp; returns at noon.</seg></tuv>
<tuv xml:lang="vi"><seg>Phà ra Cát Bà khởi hành lúc bảy giờ và trở về lúc trưa.</seg></tuv></tu></body></tmx>
"""
        r = s.request("POST", "/v1/memory/import", tmx, headers={"Content-Type": "application/xml"})
        if self.expect("memory import TMX", r, 200):
            check("memory import: 1 read, 1 added, total one more", r.json["read"] == 1 and r.json["added"] == 1 and
                  r.json["total"] == len(before) + 1, r.text)
        r = self.search(s, "The ferry to Cát Bà leaves at seven & returns at noon.")
        check("memory import: the unit found at 100% with its vi side", r.status == 200 and bool(r.json["matches"]) and
              r.json["matches"][0]["percentage"] == 100 and
              {"lang": "vi", "text": "Phà ra Cát Bà khởi hành lúc bảy giờ và trở về lúc trưa."} in r.json["matches"][0]["variants"], r.text[:300])
        r = s.request("POST", "/v1/memory/import", b"<tmx version=\"1.4\"><body>\xff\xfe</body></tmx>", headers={"Content-Type": "application/xml"})
        self.expect_error("memory import of a body that is not UTF-8", r, 400, "invalid_utf8")

    def hostile_tmx(self, s):
        # A listener that counts connections: a server that fetched a DTD or an external entity would call it.
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.settimeout(0.2)
        fetches = []
        stop = threading.Event()

        def accept():
            while not stop.is_set():
                try:
                    connection, _ = listener.accept()
                    fetches.append(connection.recv(200))
                    connection.close()
                except OSError:
                    pass

        watcher = threading.Thread(target=accept)
        watcher.start()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        header = '<header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>'
        tu = '<tu><tuv xml:lang="en"><seg>{}</seg></tuv><tuv xml:lang="vi"><seg>Xin chào {}</seg></tuv></tu>'
        laughs = "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
        refused = {
            "billion laughs": f'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY lol0 "lol">{laughs}]><tmx version="1.4">{header}<body>'
                              + tu.format("&lol9;", "a") + "</body></tmx>",
            "external entity file:///etc/passwd": f'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                                                  f'<tmx version="1.4">{header}<body>' + tu.format("&xxe;", "b") + "</body></tmx>",
            "external entity over HTTP": f'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY xxe SYSTEM "{url}/entity">]>'
                                         f'<tmx version="1.4">{header}<body>' + tu.format("&xxe;", "c") + "</body></tmx>",
            "parameter entity": f'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY % remote SYSTEM "{url}/remote.dtd"> %remote;]>'
                                f'<tmx version="1.4">{header}<body>' + tu.format("Hello parameter", "d") + "</body></tmx>",
            "entity of an external DTD": f'<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "{url}/tmx14.dtd"><tmx version="1.4">{header}<body>'
                                         + tu.format("&defined_elsewhere;", "e") + "</body></tmx>",
            "malformed XML": f'<?xml version="1.0"?><tmx version="1.4">{header}<body>' + tu.format("Hello broken", "f") + "<tu></body>",
            "not TMX": '<?xml version="1.0"?><html><body>hello</body></html>',
        }
        try:
            for name, document in refused.items():
                before = self.memory_json(s).body
                started = time.monotonic()
                r = s.request("POST", "/v1/memory/import", document, headers={"Content-Type": "application/xml"})
                seconds = time.monotonic() - started
                check(f"hostile TMX ({name}): refused with 4xx", 400 <= r.status < 500, repr(r))
                check(f"hostile TMX ({name}): 422 unprocessable", r.status == 422 and self.error_code(r) == "unprocessable", repr(r))
                self.conforms(f"hostile TMX ({name})", r)
                check(f"hostile TMX ({name}): answered quickly", seconds < 5, f"{seconds:.2f}s", info=f"{seconds:.2f}s")
                check(f"hostile TMX ({name}): nothing of /etc/passwd in the answer", "root:" not in r.text)
                check(f"hostile TMX ({name}): memory unchanged (export before == after)", self.memory_json(s).body == before)
            # A DOCTYPE naming an external DTD, as TMX files often carry, is skipped unread (TriglotFormats'
            # XMLEventReader): the file is imported as if the DOCTYPE were not there, and the DTD never fetched.
            document = (f'<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "{url}/tmx14.dtd"><tmx version="1.4">{header}<body>'
                        + tu.format("A DOCTYPE names a DTD that is never read.", "g") + "</body></tmx>")
            r = s.request("POST", "/v1/memory/import", document, headers={"Content-Type": "application/xml"})
            if self.expect("TMX with a DOCTYPE naming an external DTD: imported, the DOCTYPE skipped", r, 200):
                check("TMX with an external DTD: the unit added as written", r.json["added"] == 1 and
                      self.search(s, "A DOCTYPE names a DTD that is never read.", minimum=100).json["matches"] != [], r.text)
            time.sleep(0.5)
            check("hostile TMX: no DTD or entity fetched over the network", not fetches, repr(fetches[:2]))
        finally:
            stop.set()
            watcher.join()
            listener.close()

    def memory_export(self, s):
        total = len(self.memory_json(s).json)
        for fmt, media in [("tmx", "xml"), ("csv", "text/csv"), ("json", "application/json")]:
            r = s.request("GET", f"/v1/memory/export?format={fmt}")
            if self.expect(f"memory export {fmt}", r, 200, path="/v1/memory/export"):
                disposition = r.header("content-disposition") or ""
                check(f"memory export {fmt}: {media}, attachment triglot-memory.{fmt}",
                      media in (r.header("content-type") or "") and "attachment" in disposition and f"triglot-memory.{fmt}" in disposition,
                      f"{r.header('content-type')} | {disposition}")
                if fmt == "tmx":
                    try:
                        units = ElementTree.fromstring(r.body).findall("./body/tu")
                        check("memory export tmx: one <tu> per unit", len(units) == total, f"{len(units)} vs {total}")
                    except ElementTree.ParseError as error:
                        check("memory export tmx: well-formed XML", False, str(error))
        r = s.request("GET", "/v1/memory/export?format=xlsx")
        self.expect_error("memory export unknown format", r, 400, "invalid_request", path="/v1/memory/export")

    def bad_requests(self, s):
        r = s.request("POST", "/v1/segment", b'{"text": "ab\xff\xfecd"}', headers={"Content-Type": "application/json"})
        self.expect_error("invalid UTF-8 body", r, 400, "invalid_utf8", message_has=r"\b12\b")
        r = s.request("POST", "/v1/segment", b'{"text": "abc",, }', headers={"Content-Type": "application/json"})
        self.expect_error("malformed JSON", r, 400, "invalid_json", message_has=r"\d")
        # Every JSON endpoint answers a body that is not UTF-8, or not JSON, alike.
        for path in ["/v1/summarize", "/v1/summarize/pair", "/v1/align", "/v1/names/lookup", "/v1/names/recognize",
                     "/v1/glossary/concepts", "/v1/memory/search", "/v1/memory/units"]:
            r = s.request("POST", path, b'{"text": "\xc3\x28"}', headers={"Content-Type": "application/json"})
            self.expect_error(f"{path}: invalid UTF-8", r, 400, "invalid_utf8", message_has=r"\b10\b")
            r = s.request("POST", path, b'{"text": tru', headers={"Content-Type": "application/json"})
            self.expect_error(f"{path}: malformed JSON", r, 400, "invalid_json", message_has=r"\d")
        r = s.request("POST", "/v1/summarize", b'', headers={"Content-Type": "application/json"})
        self.expect_error("empty body", r, 400, "invalid_json")
        r = s.request("POST", "/v1/segment", b'["text"]', headers={"Content-Type": "application/json"})
        check("JSON that is not an object: 400", r.status == 400 and self.error_code(r) in ("invalid_json", "invalid_request"), repr(r))
        self.conforms("JSON that is not an object", r)
        r = s.request("POST", "/v1/segment", {"unit": "word"})
        self.expect_error("missing field text", r, 400, "invalid_request", message_has="text")
        r = s.request("POST", "/v1/align", {"source": "Hello."})
        self.expect_error("missing field target", r, 400, "invalid_request", message_has="target")
        r = s.request("POST", "/v1/segment", {"text": 42})
        self.expect_error("field of the wrong type", r, 400, "invalid_request", message_has="text")
        r = s.request("POST", "/v1/segment", {"text": "Hi.", "colour": "blue"})
        self.expect_error("unknown field", r, 400, "invalid_request", message_has="colour")
        r = s.request("POST", "/v1/segment", {"text": "Hi.", "language": "fr"})
        self.expect_error("unknown language", r, 400, "invalid_request", message_has="language")
        r = s.request("POST", "/v1/names/lookup", {"name": "  "})
        self.expect_error("empty name", r, 400, "invalid_request", message_has="name")
        not_found = "/components/responses/NotFound"
        r = s.request("GET", "/v1/nothing-here")
        self.expect_error("unknown path GET", r, 404, "not_found", pointer=not_found)
        r = s.request("POST", "/v2/segment", {"text": "Hi."})
        self.expect_error("unknown path POST", r, 404, "not_found", pointer=not_found)
        r = s.request("GET", "/../../etc/passwd")
        check("path traversal: 4xx and no file", 400 <= r.status < 500 and "root:" not in r.text, repr(r))
        r = s.request("GET", "/v1/segment")
        self.expect_error("GET on a POST endpoint", r, 405, "method_not_allowed", pointer="/components/responses/MethodNotAllowed")

    def concurrent_writes(self, s, threads=16):
        before = len(self.memory_json(s).json)
        results = [None] * threads

        def add(number):
            unit = {"source_language": "en", "target_language": "vi",
                    "beads": [{"bead": "1-1", "score": 1.0, "source_sentences": [0], "target_sentences": [0],
                               "source": f"Concurrent sentence number {number} for the memory.",
                               "target": f"Câu đồng thời số {number} cho bộ nhớ."}]}
            try:
                results[number] = s.request("POST", "/v1/memory/units", unit)
            except Exception as error:
                results[number] = error

        workers = [threading.Thread(target=add, args=(n,)) for n in range(threads)]
        started = time.monotonic()
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        seconds = time.monotonic() - started
        ok = [r for r in results if isinstance(r, Response) and r.status == 200 and r.json["added"] == 1]
        check(f"concurrent writes: {threads} adds at once all 200, added 1 each", len(ok) == threads,
              "; ".join(repr(r) for r in results if r not in ok)[:400])
        after = len(self.memory_json(s).json)
        check(f"concurrent writes: total = before + {threads}", after == before + threads, f"{before} -> {after}, {seconds:.2f}s",
              info=f"{before} -> {after}, {seconds:.2f}s")
        missing = [n for n in range(threads)
                   if not self.search(s, f"Concurrent sentence number {n} for the memory.", minimum=100).json["matches"]]
        check("concurrent writes: every unit found at 100%", not missing, f"missing {missing}")

    def token(self, s):
        unit = {"source_language": "en", "target_language": "zh",
                "beads": [{"bead": "1-1", "score": 1.0, "source_sentences": [0], "target_sentences": [0],
                           "source": "The token guards this sentence.", "target": "令牌保护这个句子。"}]}
        concept = {"kind": "place", "en": "Port Quillon", "vi": "Cảng Quillon"}
        before = self.memory_json(s).body
        glossary_before = self.glossary_json(s).body
        for name, method, path, body, headers in [
                ("memory units", "POST", "/v1/memory/units", unit, None),
                ("glossary concept", "POST", "/v1/glossary/concepts", concept, None),
                ("memory import", "POST", "/v1/memory/import", "<tmx version=\"1.4\"/>", {"Content-Type": "application/xml"})]:
            r = s.request(method, path, body, headers=headers)
            if self.expect_error(f"token server: {name} without a token", r, 401, "unauthorized"):
                check(f"token server: {name} 401 has WWW-Authenticate Bearer", "bearer" in (r.header("www-authenticate") or "").lower())
            r = s.request(method, path, body, headers=headers, token="wrong-token")
            self.expect_error(f"token server: {name} with a wrong token", r, 401, "unauthorized")
        r = s.request("POST", "/v1/memory/units", unit, headers={"Authorization": TOKEN})
        self.expect_error("token server: token without 'Bearer '", r, 401, "unauthorized")
        check("token server: memory unchanged by refused writes", self.memory_json(s).body == before)
        check("token server: glossary unchanged by refused writes", self.glossary_json(s).body == glossary_before)
        r = self.search(s, "The token guards this sentence.")
        self.expect("token server: search (a read) needs no token", r, 200)
        r = s.request("POST", "/v1/segment", {"text": "Reads are open."})
        self.expect("token server: segment needs no token", r, 200)
        r = s.request("POST", "/v1/memory/units", unit, token=TOKEN)
        if self.expect("token server: memory units with the token", r, 200):
            check("token server: unit added", r.json["added"] == 1, r.text)
        r = s.request("POST", "/v1/glossary/concepts", concept, token=TOKEN)
        if self.expect("token server: glossary concept with the token", r, 201):
            check("token server: concept added", r.json["added"] == 1, r.text)

    def body_limit(self, s):
        big = {"text": "Lorem ipsum dolor sit amet. " * 3700}  # ~100 KB, over 64K
        size = len(json.dumps(big))
        r = s.request("POST", "/v1/segment", big)
        self.expect_error(f"body over --max-body 64K ({size} bytes)", r, 413, "payload_too_large")
        try:
            r = s.request("POST", "/v1/segment", json.dumps(big).encode(), headers={"Content-Type": "application/json"}, chunked=True)
            self.expect_error("chunked body over --max-body (no Content-Length)", r, 413, "payload_too_large")
        except (ConnectionError, http.client.HTTPException) as error:
            check("chunked body over --max-body (no Content-Length): 413 payload_too_large", False, f"connection dropped: {error}")
        r = s.request("POST", "/v1/memory/import", "<tmx>" + "x" * 100_000 + "</tmx>", headers={"Content-Type": "application/xml"}, token=TOKEN)
        self.expect_error("TMX import over --max-body", r, 413, "payload_too_large")
        r = s.request("POST", "/v1/segment", {"text": "Lorem ipsum dolor sit amet. " * 2000})  # ~56 KB
        self.expect("body under --max-body (56 KB)", r, 200)

    def slow_client(self, s, limit=120):
        """A client that sends half a request line and waits: the server must close it."""
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", s.port), timeout=limit + 10) as connection:
            connection.sendall(b"POST /v1/segm")
            closed = False
            try:
                while time.monotonic() - started < limit:
                    data = connection.recv(4096)
                    if not data:
                        closed = True
                        break
            except (ConnectionResetError, socket.timeout):
                closed = True
            seconds = time.monotonic() - started
        check(f"slow client: disconnected by the server within {limit}s", closed, f"still open after {seconds:.1f}s",
              info=f"closed after {seconds:.1f}s")

    def trickling_client(self, s, limit=90):
        """A client that sends its request line a byte every 5 s (never idle long): the server should still close it."""
        started = time.monotonic()
        closed = False
        with socket.create_connection(("127.0.0.1", s.port), timeout=5) as connection:
            line = b"POST /v1/segment HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 200
            try:
                for byte in line:
                    if time.monotonic() - started > limit:
                        break
                    connection.sendall(bytes([byte]))
                    try:
                        if connection.recv(4096) == b"":
                            closed = True
                            break
                    except socket.timeout:
                        pass
            except (BrokenPipeError, ConnectionResetError):
                closed = True
        seconds = time.monotonic() - started
        check(f"trickling client (a byte every 5 s): disconnected within {limit}s", closed, f"still open after {seconds:.0f}s",
              info=f"closed after {seconds:.0f}s")

    def kill_and_restart(self, s):
        unit = {"source_language": "en", "target_language": "vi",
                "beads": [{"bead": "1-1", "score": 1.0, "source_sentences": [0], "target_sentences": [0],
                           "source": "This sentence must survive a crash of the server.", "target": "Câu này phải còn sau khi máy chủ sập."}]}
        total = len(self.memory_json(s).json)
        r = s.request("POST", "/v1/memory/units", unit)
        self.expect("kill -9: add a unit", r, 200)
        s.kill9()
        s2 = Server(self.binary, self.folder, "open-restarted", db=s.db, team=s.team)
        self.start(s2)
        r = self.search(s2, "This sentence must survive a crash of the server.")
        check("kill -9: the unit is there after the restart (100%)", r.status == 200 and bool(r.json["matches"]) and
              r.json["matches"][0]["percentage"] == 100, r.text[:300])
        check("kill -9: total one more", len(self.memory_json(s2).json) == total + 1)
        r = s2.request("POST", "/v1/glossary/concepts", {"kind": "place", "en": "Mount Crashmore", "zh": "克拉什莫尔山"})
        self.expect("kill -9: add a concept", r, 201)
        s2.kill9()
        s3 = Server(self.binary, self.folder, "open-restarted-2", db=s.db, team=s.team)
        self.start(s3)
        team = self.glossary_json(s3, "team").json
        check("kill -9: the team concept is there after the restart", any(c.get("en") == "Mount Crashmore" for c in team),
              json.dumps(team)[:300])
        r = s3.request("POST", "/v1/names/lookup", {"name": "Mount Crashmore", "to": ["zh"]})
        check("kill -9: the restarted server uses the team glossary", r.status == 200 and r.json["best"].get("zh") == "克拉什莫尔山", r.text[:200])

    def accepted_requests(self):
        """The document's request schemas accept every JSON body the server accepted."""
        problems = []
        for method, path, body in REPORT.accepted:
            pointer = "/paths/" + self.api.escape(path) + "/" + method.lower() + "/requestBody/content/application~1json/schema"
            try:
                self.api.at(pointer)
            except (KeyError, IndexError):
                problems.append(f"{method} {path}: no JSON request body documented")
                continue
            validator = jsonschema.Draft202012Validator({"$ref": DOC_URI + "#" + pointer}, registry=self.api.registry) \
                if self.api.registry is not None else jsonschema.Draft202012Validator({"$ref": DOC_URI + "#" + pointer}, resolver=self.api.resolver)
            for error in validator.iter_errors(json.loads(body)):
                problems.append(f"{method} {path}: {error.message[:150]}")
        check(f"the request schemas accept the {len(REPORT.accepted)} JSON bodies the server accepted", not problems, "; ".join(problems[:5]))

    def request_ids(self):
        succeeded = {(method, path) for method, path, status in REPORT.calls if 200 <= status < 300}
        operations = [(method.upper(), path) for path, item in self.api.doc["paths"].items() for method in item]
        missed = [f"{method} {path}" for method, path in operations if (method, path) not in succeeded]
        check(f"every documented operation answered 2xx at least once ({len(operations)})", not missed, ", ".join(missed))
        with REPORT.lock:
            responses = list(REPORT.responses)
        missing = [label for label, headers in responses if not headers.get("x-request-id")]
        check(f"X-Request-Id on every response ({len(responses)} responses)", not missing, f"{len(missing)} without: {missing[:8]}")
        ids = [headers["x-request-id"] for label, headers in responses if headers.get("x-request-id") and "e2e-client" not in label]
        repeated = len(ids) - len(set(ids))
        check("X-Request-Id unique", repeated <= 1, f"{repeated} repeated")  # one: the id the client chose
        wrong = [f'{label}: {headers.get("content-type")}' for label, headers in responses
                 if "json" in (headers.get("content-type") or "")
                 and (headers.get("content-type") or "").replace(" ", "").lower() != "application/json;charset=utf-8"]
        check("JSON answers: Content-Type application/json; charset=utf-8", not wrong, "; ".join(wrong[:5]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", required=True, help="the built triglot (e.g. .build/debug/triglot)")
    parser.add_argument("--openapi", required=True, help="Sources/TriglotServer/Resources/openapi.json")
    parser.add_argument("--examples", required=True, help="the examples folder (*.en.txt, *.zh.txt, *.vi.txt)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (server logs, memory)")
    arguments = parser.parse_args()
    return Suite(arguments).run()


if __name__ == "__main__":
    sys.exit(main())
