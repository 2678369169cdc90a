"""Write tests/golden/*.json from the current store. Run by hand, then READ the diff before committing:
a golden file is a claim about the right answer, not a snapshot of whatever the code does."""
import json
import tempfile

from conftest import EXAMPLES
from test_queries import CASES, GOLDEN, _name
from vnkg.graph.build import build
from vnkg.graph.store import Store

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp, Store(tmp) as store:
        build([str(EXAMPLES)], store)
        for query, params in CASES:
            cols, rows = store.named(query, params)
            path = GOLDEN / f"{_name(query, params)}.json"
            path.write_text(json.dumps({"columns": cols, "rows": rows}, ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
            print(path)
