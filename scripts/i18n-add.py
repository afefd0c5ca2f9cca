"""Adds or updates messages in both locales from a JSON file {key: [english, chinese]}, turning $1..$9 into named
placeholders the way the rest of messages.json is written. Usage: python3 scripts/i18n-add.py new.json"""
import json, re, sys

def entry(msg):
    nums = sorted(set(re.findall(r'\$(\d)', msg)))
    if not nums:
        return {"message": msg}
    text = re.sub(r'\$(\d)', lambda m: f'$P{m.group(1)}$', msg)
    return {"message": text, "placeholders": {f"p{n}": {"content": f"${n}"} for n in nums}}

new = json.load(open(sys.argv[1]))
for i, loc in enumerate(("en", "zh_CN")):
    p = f"public/_locales/{loc}/messages.json"
    d = json.load(open(p))
    for k, pair in new.items():
        d[k] = entry(pair[i])
    with open(p, "w") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
