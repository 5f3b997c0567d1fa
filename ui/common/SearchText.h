#pragma once

#include <QString>

// Search that forgives accents and case: « Hélène », "helene" and "HELENE"
// all find the same tenant, as staff type names the quick way.
namespace SearchText {
// Lower case, accents removed, ligatures spelt out (œ → oe), spaces kept.
QString fold(const QString& text);
} // namespace SearchText
