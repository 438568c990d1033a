#pragma once

#include <QTranslator>

namespace reelforge::ui {

// Resolves "(s)" in English source strings that carry a count ("%n file(s) imported." ->
// "1 file imported." / "3 files imported.") when no translation file provides the numerus
// forms, as is the case for English, the source language. Install it before the real
// translators: translators installed later are asked first.
class EnglishPlurals final : public QTranslator {
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
        int n = -1) const override;
    bool isEmpty() const override { return false; }
};

}  // namespace reelforge::ui
