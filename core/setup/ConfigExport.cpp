#include "ConfigExport.h"

#include "import/FecSettings.h"
#include "storage/ConfigStore.h"

#include <QJsonDocument>

Result<QJsonObject> ConfigExport::exportConfig() const
{
    using R = Result<QJsonObject>;
    auto root = ConfigStore(m_db).exportConfig();
    if (!root)
        return root;
    auto fec = FecSettings::load(m_db);
    if (!fec)
        return R::failure(fec.kind(), fec.error());
    root->insert(importSection(), QJsonObject{{fecKey(), fec->toJson()}});
    return root;
}

Result<QByteArray> ConfigExport::exportJson() const
{
    auto config = exportConfig();
    if (!config)
        return Result<QByteArray>::failure(config.kind(), config.error());
    return QJsonDocument(*config).toJson(QJsonDocument::Indented);
}
