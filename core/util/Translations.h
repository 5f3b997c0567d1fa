#pragma once

#include <QString>

class QCoreApplication;

namespace Translations {

// Installs Relance's and Qt's own translations for `language` ("fr", "en"),
// or for the system language when empty: French on a French system, English
// otherwise. Returns the language chosen.
QString install(QCoreApplication& app, const QString& language = {});

} // namespace Translations
