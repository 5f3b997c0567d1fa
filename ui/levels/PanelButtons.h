#pragma once

#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QString>

// Small pieces the three panels of the Levels page share.
namespace PanelButtons {

inline QPushButton* button(QWidget* parent, const QString& text, const QString& objectName,
                           const QString& tip)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(tip);
    return b;
}

inline QSortFilterProxyModel* sortProxy(QObject* parent, int role)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSortRole(role);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    return proxy;
}

} // namespace PanelButtons
