"""Language-aware text: Azerbaijani case folding, stems, numbers."""

import numpy as np
from datasketch import MinHash

from kiosk.stories import lexicon
from kiosk.stories.fingerprint import NUM_PERM, _signature, fingerprint, jaccard
from kiosk.stories.text import fold, stems, words


def test_azerbaijani_capital_dotted_and_dotless_i_fold_the_azerbaijani_way():
    assert fold("İLHAM İsmayıllıda", "az") == "ilham ismayıllıda"
    assert fold("IŞIQ", "az") == "ışıq"
    assert "İ".lower() != "i"  # what Python alone would get wrong


def test_other_languages_fold_a_capital_dotted_i_to_plain_i():
    assert fold("İstanbul", "en") == "istanbul"
    assert fold("Ёлка", "ru") == "елка"


def test_inflected_forms_share_a_stem():
    assert len(set(stems(words("Bakıda Bakıya Bakıdan", "az"), "az"))) == 1
    assert len(set(stems(words("məktəbdə məktəbə məktəbdən", "az"), "az"))) == 1
    assert stems(["выборы", "выборов"], "ru")[0] == stems(["выборов"], "ru")[0]
    assert stems(["elections"], "en") == stems(["election"], "en")


def test_numbers_are_spelled_one_way():
    assert words("1,250 and 1 250 and 1.250 runners", "en")[0:5:2] == ["1250", "1250", "1250"]
    assert words("3,5 млн", "ru")[0] == "3.5"


def test_az_text_in_other_capitals_has_the_same_fingerprint():
    body = "İsmayıllı rayonunda yeni məktəb açılıb. " * 10
    upper = fingerprint("Title", body.replace("i", "İ").upper(), "az")  # az capitals
    plain = fingerprint("Title", body, "az")

    assert plain.text_hash == upper.text_hash
    assert jaccard(plain.signature, upper.signature) == 1.0


def test_a_fingerprint_does_not_depend_on_what_the_lexicon_remembers(monkeypatch):
    body = "The Urban Transport Agency added 120 buses to the Sheki network on Monday. " * 5
    warm = fingerprint("120 new buses for Sheki", body, "en")
    monkeypatch.setattr(lexicon, "LIMIT", 3)  # forgets everything at every new word
    lexicon.lexicon("en").rows(["forgetful", "words", "arrive"])

    cold = fingerprint("120 new buses for Sheki", body, "en")

    assert cold.text_hash == warm.text_hash
    for field in ("signature", "terms", "lead_terms", "lead_counts", "entities", "bloom"):
        assert (getattr(cold, field) == getattr(warm, field)).all()
    for field in ("head", "head3", "head2", "kind", "names", "words", "mentions"):
        assert (getattr(cold.cross, field) == getattr(warm.cross, field)).all()


def test_signatures_are_datasketch_minhashes_of_the_shingle_hashes():
    grams = np.random.default_rng(5).integers(0, 2**32, 300, dtype=np.uint64).astype(np.uint32)
    reference = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int)
    for gram in grams.tolist():
        reference.update(gram)

    assert (_signature(grams) == reference.hashvalues).all()
    assert (_signature(grams[:0]) == MinHash(num_perm=NUM_PERM, seed=1).hashvalues).all()
