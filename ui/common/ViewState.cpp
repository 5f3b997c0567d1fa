#include "ViewState.h"

#include <QDialog>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

void ViewState::save(const QHeaderView* header, const QString& key)
{
    QSettings().setValue(key, header->saveState());
}

bool ViewState::restore(QHeaderView* header, const QString& key)
{
    const QByteArray state = QSettings().value(key).toByteArray();
    // restoreState also puts the sort indicator back, and a sorting view
    // sorts again on it.
    return !state.isEmpty() && header->restoreState(state);
}

void ViewState::save(const QSplitter* splitter, const QString& key)
{
    QSettings().setValue(key, splitter->saveState());
}

bool ViewState::restore(QSplitter* splitter, const QString& key)
{
    const QByteArray state = QSettings().value(key).toByteArray();
    return !state.isEmpty() && splitter->restoreState(state);
}

void ViewState::saveGeometry(const QWidget* window, const QString& key)
{
    QSettings().setValue(key, window->saveGeometry());
}

bool ViewState::restoreGeometry(QWidget* window, const QString& key)
{
    const QByteArray geometry = QSettings().value(key).toByteArray();
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

void ViewState::remember(QDialog* dialog, const QString& key, QSize defaultSize)
{
    if (!restoreGeometry(dialog, key) && defaultSize.isValid())
        dialog->resize(defaultSize);
    QObject::connect(dialog, &QDialog::finished, dialog,
                     [dialog, key] { saveGeometry(dialog, key); });
}
