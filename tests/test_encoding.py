import codecs

import pytest

from analytics.encoding import NotText, decode_bytes

TEXT = "Meta a investi 14,3 milliards de dollars — « Scale AI » à São Paulo"


@pytest.mark.parametrize(("data", "codec"), [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),  # with BOM
    (TEXT.replace("—", "-").encode("cp1252"), "cp1252"),
    ("Café crème".encode("latin-1") + b"\x81", "latin-1"),
])
def test_decodes_every_supported_encoding(data: bytes, codec: str) -> None:
    text, found = decode_bytes(data)
    assert found == codec
    assert "Scale AI" in text or "Café" in text
    assert "\ufeff" not in text


def test_binary_is_refused() -> None:
    with pytest.raises(NotText):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)


def test_crlf_normalised() -> None:
    assert decode_bytes(b"a\r\nb\rc")[0] == "a\nb\nc"
