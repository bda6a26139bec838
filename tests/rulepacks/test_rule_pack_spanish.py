"""Rule packs in Spanish: the rarer refusals (a duplicated, too large or corrupt entry, a
wrong manifest, a file changed after signing, a rule file that does not load) and what is
in force, as ``rules update``/``rules status`` print them under a Spanish environment — and
as before in English. Expected Spanish written by hand from the catalog's terminology
("paquete de reglas", "manifiesto", "clave de publicación")."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from lmt_tracker.paths import rules_dir
from tests.rulepacks.packtools import PACK_DATE, hand_made_pack, rule_file_bytes

# Words that mark a line as English (the pack's file names and keys are taken out first).
ENGLISH = re.compile(r"\b(the|is|are|not|of|in|from|for|too|large|twice|appears|archive|"
                     r"corrupt|listed|missing|changed|signed|must|rules?|pack|installed|"
                     r"force|entries|holds)\b")


@pytest.fixture
def files() -> dict[str, bytes]:
    return rule_file_bytes(rules_dir())


def _english_left(text: str) -> list[str]:
    own = re.sub(r"\S+\.(zip|toml|json|sig)\b|\S*/\S*|\b\w+_\w+\b", " ", text)
    return ENGLISH.findall(own)


def _refused(cli, pack: Path) -> str:
    status, out, err = cli("rules", "update", str(pack))
    assert status != 0, out
    return err


def _with_duplicate(pack: Path, out: Path, name: str) -> Path:
    with zipfile.ZipFile(pack) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        with pytest.warns(UserWarning, match="Duplicate name"):
            dst.writestr(name, src.read(name))
    return out


def test_a_duplicated_entry_is_refused_in_spanish(cli, key, files, tmp_path, spanish) -> None:
    pack = hand_made_pack(tmp_path / "p.zip", files, key)
    twice = _with_duplicate(pack, tmp_path / "dos.zip", "state_requirements/TX.toml")
    err = _refused(cli, twice)
    assert "dos.zip: state_requirements/TX.toml aparece dos veces en el archivo comprimido" in err
    assert _english_left(err) == [], err


def test_a_duplicated_entry_in_english_is_unchanged(cli, key, files, tmp_path) -> None:
    pack = hand_made_pack(tmp_path / "p.zip", files, key)
    twice = _with_duplicate(pack, tmp_path / "two.zip", "state_requirements/TX.toml")
    assert "two.zip: state_requirements/TX.toml appears twice in the archive" in \
        _refused(cli, twice)


def test_too_large_and_corrupt_entries_in_spanish(cli, key, files, tmp_path, spanish) -> None:
    big = dict(files, **{"TX.toml": files["TX.toml"] + b"#" * (3 * 1024 * 1024)})
    err = _refused(cli, hand_made_pack(tmp_path / "grande.zip", big, key))
    assert "grande.zip: state_requirements/TX.toml es demasiado grande para un archivo de " \
           "reglas" in err
    assert _english_left(err) == [], err

    pack = hand_made_pack(tmp_path / "p.zip", files, key)
    raw = bytearray(pack.read_bytes())
    with zipfile.ZipFile(pack) as archive:
        info = archive.getinfo("state_requirements/TX.toml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    raw[start:start + 8] = b"\xff" * 8  # the stored bytes no longer match their CRC
    (tmp_path / "rota.zip").write_bytes(bytes(raw))
    err = _refused(cli, tmp_path / "rota.zip")
    assert "rota.zip: state_requirements/TX.toml está dañado (" in err
    assert _english_left(err.split("(")[0]) == [], err  # the zip library's own reason aside


def test_manifest_errors_in_spanish(cli, key, files, tmp_path, spanish) -> None:
    pack = hand_made_pack(tmp_path / "p.zip", files, key)
    with zipfile.ZipFile(pack) as src:
        members = {i.filename: src.read(i) for i in src.infolist()}
    manifest = json.loads(members["manifest.json"])
    manifest["colour"] = "blue"
    manifest["size"] = 3
    raw = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode()
    import base64

    members["manifest.json"] = raw
    members["manifest.sig"] = base64.b64encode(key.sign(raw)) + b"\n"
    with zipfile.ZipFile(tmp_path / "claves.zip", "w") as dst:
        for name, data in members.items():
            dst.writestr(name, data)
    err = _refused(cli, tmp_path / "claves.zip")
    assert "claves.zip: manifest.json: claves desconocidas colour, size" in err
    assert _english_left(err) == [], err


def test_a_changed_and_an_unlisted_file_in_spanish(cli, key, files, tmp_path, spanish) -> None:
    listed = dict(files)
    changed = dict(files, **{"TX.toml": files["TX.toml"] + b"\n# edited\n",
                             "ZZ.toml": b"code = 'ZZ'\n"})
    err = _refused(cli, hand_made_pack(tmp_path / "p.zip", changed, key, listed=listed))
    assert ("p.zip: TX.toml no coincide con el manifiesto (su SHA-256 es distinto): el archivo "
            "se modificó después de firmar el paquete") in err
    assert "p.zip: state_requirements/ZZ.toml no figura en el manifiesto" in err
    assert _english_left(err) == [], err


def test_what_is_in_force_in_spanish(cli, key, files, tmp_path, spanish) -> None:
    status, out, err = cli("rules", "update", str(hand_made_pack(tmp_path / "p.zip", files, key)))
    assert status == 0, err
    label = f"paquete de reglas 2 del {PACK_DATE.isoformat()}"
    assert out.startswith(f"{label}: firmado con la clave de publicación de LMT Tracker")
    assert f"Instalado. Reglas vigentes: {label}, instalado el " in out
    status, out, err = cli("rules", "status")
    assert status == 0 and out.startswith(f"Reglas vigentes: {label}, instalado el "), out
    assert _english_left(out) == [], out
    document = json.loads(cli("rules", "status", "--json")[1])  # JSON stays English
    assert document["describe"].startswith(f"Rules in force: rule pack 2 of {PACK_DATE}")


def test_an_override_refused_and_recorded_in_spanish(cli, tmp_path, spanish) -> None:
    db = str(tmp_path / "yo.sqlite3")
    status, _, err = cli("--db", db, "rules", "override", "set", "NJ", "entry.total_hours",
                         "muchas", "--note", "carta de la junta")
    assert status != 0
    assert ("entry.total_hours = 'muchas': no es un número; escriba, p. ej., 600; no se registró "
            "nada") in err
    status, _, err = cli("--db", db, "rules", "override", "set", "NJ", "entry.total_hours", "700",
                         "--note", " ")
    assert status != 0
    assert "NJ entry.total_hours: hace falta una nota; diga de dónde sale la cifra" in err
    status, out, err = cli("--db", db, "rules", "override", "set", "NJ", "entry.total_hours",
                           "700", "--note", "carta de la junta")
    assert status == 0, err
    assert out.startswith("Se registró su ajuste: NJ Horas totales de formación (ingreso) = 700 "
                          "(carta de la junta); las reglas dicen ")


def test_a_rule_file_that_does_not_load_in_spanish(cli, key, files, tmp_path, spanish) -> None:
    """A pack from a newer app with a key this one does not know, and a topic misspelt."""
    text = files["TX.toml"].decode()
    assert 'key = "human_trafficking"' in text
    text = text.replace('key = "human_trafficking"', 'key = "human_trafficing"', 1)
    broken = dict(files, **{"TX.toml": ("colour = 3\n" + text).encode()})
    err = _refused(cli, hand_made_pack(tmp_path / "nuevo.zip", broken, key))
    assert "nuevo.zip: TX.toml: colour = 3: clave desconocida; se esperaba uno de: " in err
    assert ('= "human_trafficing": tema de EC: valor desconocido; ¿quiso decir '
            "'human_trafficking'? se esperaba uno de: ") in err
    line = next(x for x in err.splitlines() if "colour" in x)
    assert _english_left(line.split("se esperaba uno de:")[0]) == [], line
