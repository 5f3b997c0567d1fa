#include "TemplatePanel.h"

// Its texts keep the translation context of the page they were written for
// (LevelsPage) when it was split along its seams, so that their translations
// still apply (update-translations drops contexts that disappear).

#include "PanelButtons.h"
#include "common/AgencyMail.h"
#include "common/ListWidgets.h"
#include "common/MessageBox.h"
#include "letters/DefaultTemplates.h"
#include "letters/EnvelopeWindow.h"
#include "letters/TemplateEditor.h"
#include "mail/TestLetterMail.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/TemplateRepository.h"
#include "templates/TemplateEditorDialog.h"
#include "templates/TemplateListModel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

TemplatePanel::TemplatePanel(QWidget* parent)
    : QWidget(parent)
    , m_templateModel(new TemplateListModel(this))
{
    m_templateTitle = new QLabel(this);
    m_templateTitle->setObjectName(QStringLiteral("templateTitle"));
    QFont titleFont = m_templateTitle->font();
    titleFont.setBold(true);
    m_templateTitle->setFont(titleFont);
    m_templateProxy = PanelButtons::sortProxy(this, TemplateListModel::RawSortRole);
    m_templateProxy->setSourceModel(m_templateModel);
    m_templateTable =
        ListWidgets::table(this, QStringLiteral("templateTable"),
                           QCoreApplication::translate("LevelsPage", "Letter templates"));
    m_templateTable->setModel(m_templateProxy);
    m_templateTable->sortByColumn(TemplateListModel::LanguageColumn, Qt::DescendingOrder);
    connect(m_templateTable, &QTableView::doubleClicked, this, &TemplatePanel::editCurrentTemplate);
    connect(m_templateTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TemplatePanel::updateButtons);
    auto* editTemplateKey = new QShortcut(QKeySequence(Qt::Key_Return), m_templateTable);
    editTemplateKey->setContext(Qt::WidgetShortcut);
    connect(editTemplateKey, &QShortcut::activated, this, &TemplatePanel::editCurrentTemplate);
    auto* removeTemplateKey = new QShortcut(QKeySequence::Delete, m_templateTable);
    removeTemplateKey->setContext(Qt::WidgetShortcut);
    connect(removeTemplateKey, &QShortcut::activated, this, &TemplatePanel::removeCurrentTemplate);

    m_newTemplate = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "New &template…"),
        QStringLiteral("newTemplate"),
        QCoreApplication::translate("LevelsPage", "Write a new letter for the selected level"));
    m_editTemplate = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "Edit te&mplate…"),
        QStringLiteral("editTemplate"),
        QCoreApplication::translate("LevelsPage",
                                    "Edit the selected template (Enter or double-click)"));
    m_duplicateTemplate = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "D&uplicate"),
        QStringLiteral("duplicateTemplate"),
        QCoreApplication::translate("LevelsPage", "Copy the selected template under a new name"));
    m_removeTemplate = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "Remove template…"),
        QStringLiteral("removeTemplate"),
        QCoreApplication::translate("LevelsPage", "Remove the selected template (Delete)"));
    m_defaultTemplate = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "Set as &default"),
        QStringLiteral("defaultTemplate"),
        QCoreApplication::translate("LevelsPage", "Runs use this template for its language"));
    connect(m_newTemplate, &QPushButton::clicked, this, &TemplatePanel::newTemplate);
    connect(m_editTemplate, &QPushButton::clicked, this, &TemplatePanel::editCurrentTemplate);
    connect(m_duplicateTemplate, &QPushButton::clicked, this,
            &TemplatePanel::duplicateCurrentTemplate);
    connect(m_removeTemplate, &QPushButton::clicked, this, &TemplatePanel::removeCurrentTemplate);
    connect(m_defaultTemplate, &QPushButton::clicked, this,
            &TemplatePanel::setCurrentTemplateDefault);

    auto* templateButtons = new QVBoxLayout;
    for (QPushButton* b :
         {m_newTemplate, m_editTemplate, m_duplicateTemplate, m_removeTemplate, m_defaultTemplate})
        templateButtons->addWidget(b);
    templateButtons->addStretch();
    auto* templateGrid = new QVBoxLayout(this);
    templateGrid->setContentsMargins(0, 0, 0, 0);
    templateGrid->addWidget(m_templateTitle);
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateTable, 1);
    templateRow->addLayout(templateButtons);
    templateGrid->addLayout(templateRow, 1);
    updateButtons();
}

QList<QPushButton*> TemplatePanel::sideButtons() const
{
    return {m_newTemplate, m_editTemplate, m_duplicateTemplate, m_removeTemplate,
            m_defaultTemplate};
}

void TemplatePanel::setDatabase(const Database* db, AgencyMail* mail)
{
    m_db = db;
    m_agencyMail = mail;
}

void TemplatePanel::setLevel(const std::optional<Level>& level)
{
    m_level = level;
    showTemplates();
}

void TemplatePanel::showTemplates(qint64 selectId)
{
    QList<LetterTemplate> templates;
    if (m_db && m_level) {
        auto list = TemplateRepository(*m_db).ofLevel(m_level->id);
        if (list)
            templates = std::move(list.value());
        else
            MessageBox::warning(this, QCoreApplication::translate("LevelsPage", "Letter templates"),
                                list.error());
    }
    m_templateModel->setTemplates(std::move(templates));
    m_templateTable->resizeColumnsToContents();
    if (m_level)
        m_templateTitle->setText(
            QCoreApplication::translate("LevelsPage", "Letter templates of level %1 — %2")
                .arg(m_level->position)
                .arg(m_level->name));
    else
        m_templateTitle->setText(QCoreApplication::translate("LevelsPage", "Letter templates"));
    if (m_templateModel->rowCount() > 0) {
        const QModelIndex first = m_templateProxy->index(0, 0);
        m_templateTable->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (selectId)
        selectTemplate(selectId);
    updateButtons();
}

qint64 TemplatePanel::currentTemplateId() const
{
    const QModelIndex index = m_templateTable->currentIndex();
    return index.isValid() ? index.data(TemplateListModel::TemplateIdRole).toLongLong() : 0;
}

void TemplatePanel::selectTemplate(qint64 id)
{
    const int row = m_templateModel->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_templateProxy->mapFromSource(m_templateModel->index(row, 0));
    m_templateTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
}

void TemplatePanel::updateButtons()
{
    const bool hasTemplate = currentTemplateId() != 0;
    m_newTemplate->setEnabled(m_level.has_value());
    m_editTemplate->setEnabled(hasTemplate);
    m_duplicateTemplate->setEnabled(hasTemplate);
    m_removeTemplate->setEnabled(hasTemplate);
    const int templateRow = m_templateModel->rowOfId(currentTemplateId());
    m_defaultTemplate->setEnabled(hasTemplate && templateRow >= 0 &&
                                  !m_templateModel->templateAt(templateRow).isDefault);
}

void TemplatePanel::warn(const QString& title, const Status& status)
{
    MessageBox::warning(this, title, status.error());
}

TemplateEditorDialog* TemplatePanel::openTemplateEditor() const
{
    const auto dialogs = findChildren<TemplateEditorDialog*>();
    for (TemplateEditorDialog* dialog : dialogs)
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

QString TemplatePanel::uniqueTemplateName(const QString& wanted, const QString& language) const
{
    auto taken = [&](const QString& name) {
        for (const LetterTemplate& t : m_templateModel->templates())
            if (t.language == language && t.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    if (!taken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(wanted).arg(n);
        if (!taken(name))
            return name;
    }
}

void TemplatePanel::newTemplate()
{
    if (!m_db || !m_level)
        return;
    const Level& l = *m_level;
    const qint64 levelId = l.id;
    // Start from the standard text of this step when there is one: editing
    // a sound letter is easier than writing one from nothing.
    LetterTemplate t;
    if (auto text = DefaultTemplates::text(l.position, QStringLiteral("fr")))
        t = *text;
    else
        t.body = QStringLiteral("<p>Madame, Monsieur,</p>\n<p></p>");
    t.id = 0;
    t.levelId = levelId;
    t.language = QStringLiteral("fr");
    t.isDefault = false;
    t.name =
        uniqueTemplateName(QCoreApplication::translate("LevelsPage", "New template"), t.language);
    openTemplateEditorFor(t);
}

void TemplatePanel::editCurrentTemplate()
{
    const int row = m_templateModel->rowOfId(currentTemplateId());
    if (row >= 0)
        openTemplateEditorFor(m_templateModel->templateAt(row));
}

void TemplatePanel::openTemplateEditorFor(const LetterTemplate& t)
{
    if (!m_db || !m_level || m_level->id != t.levelId)
        return;
    // The editor only previews: should the agency or the envelope window not
    // be readable, it previews with the defaults, and producing the letters
    // (which reads them again) says what failed.
    auto agency = AgencyRepository(*m_db).load();
    auto window = SettingsRepository::envelopeWindow(*m_db);
    auto* dialog = new TemplateEditorDialog(t, *m_level, agency ? *agency : AgencyIdentity(),
                                            window ? *window : EnvelopeWindow(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TemplateEditorDialog::testRequested, this,
            [this, dialog] { chooseTestAccount(dialog); });
    const Database* db = m_db;
    dialog->setSaveHandler([db](LetterTemplate& saved) -> Status {
        auto id = TemplateEditor(*db).save(saved);
        if (!id)
            return Status::failure(id.error());
        saved.id = *id;
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showTemplates(dialog->letterTemplate().id);
        emit changed();
    });
    dialog->open();
}

void TemplatePanel::duplicateCurrentTemplate()
{
    const int row = m_templateModel->rowOfId(currentTemplateId());
    if (!m_db || row < 0)
        return;
    LetterTemplate copy = m_templateModel->templateAt(row);
    copy.id = 0;
    copy.isDefault = false;
    copy.name = uniqueTemplateName(
        QCoreApplication::translate("LevelsPage", "%1 (copy)").arg(copy.name), copy.language);
    auto id = TemplateEditor(*m_db).save(copy);
    if (!id) {
        warn(QCoreApplication::translate("LevelsPage", "Duplicate template"),
             Status::failure(id.error()));
        return;
    }
    showTemplates(*id);
    emit changed();
}

void TemplatePanel::removeCurrentTemplate()
{
    const int row = m_templateModel->rowOfId(currentTemplateId());
    if (!m_db || row < 0)
        return;
    const LetterTemplate& t = m_templateModel->templateAt(row);
    QString text = QCoreApplication::translate("LevelsPage", "Remove the template “%1” (%2)?")
                       .arg(t.name, TemplateListModel::languageName(t.language));
    if (m_templateModel->rowCount() == 1)
        text += u'\n' + QCoreApplication::translate(
                            "LevelsPage",
                            "It is the only letter of this level: the level cannot print until "
                            "it has another one.");
    else if (t.isDefault)
        text +=
            u'\n' + QCoreApplication::translate(
                        "LevelsPage",
                        "It is the default one: another template of the level takes its place.");
    if (MessageBox::question(this, QCoreApplication::translate("LevelsPage", "Remove template"),
                             text, QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = TemplateRepository(*m_db).remove(t.id); !s) {
        warn(QCoreApplication::translate("LevelsPage", "Remove template"), s);
        return;
    }
    showTemplates();
    emit changed();
}

void TemplatePanel::setCurrentTemplateDefault()
{
    const qint64 id = currentTemplateId();
    if (!m_db || !id)
        return;
    if (Status s = TemplateRepository(*m_db).setDefault(id); !s) {
        warn(QCoreApplication::translate("LevelsPage", "Set as default"), s);
        return;
    }
    showTemplates(id);
    emit changed();
}

void TemplatePanel::chooseTestAccount(TemplateEditorDialog* editor)
{
    if (!m_db)
        return;
    auto accounts = AccountRepository(*m_db).all();
    if (!accounts) {
        warn(QCoreApplication::translate("LevelsPage", "Test letter"),
             Status::failure(accounts.error()));
        return;
    }
    QStringList items;
    items.reserve(accounts->size());
    for (const Account& a : std::as_const(*accounts))
        items << QCoreApplication::translate("LevelsPage", "%1 — %2").arg(a.ref, a.name);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        editor, QCoreApplication::translate("LevelsPage", "Test letter"),
        QCoreApplication::translate("LevelsPage",
                                    "The letter of which account? It goes to the agency's address, "
                                    "not to the tenant."),
        items, 0, true, &ok);
    const qsizetype index = items.indexOf(chosen);
    if (ok && index >= 0)
        sendTemplateTest(editor, accounts->at(index).id);
}

bool TemplatePanel::sendTemplateTest(TemplateEditorDialog* editor, qint64 accountId)
{
    if (!m_db || !m_agencyMail || !editor || !editor->canSave())
        return false;
    const LetterTemplate letter = editor->letterTemplate();
    if (!m_level || m_level->id != letter.levelId)
        return false;
    auto folder = std::make_shared<QTemporaryDir>();
    auto message = TestLetterMail::buildFor(*m_db, accountId, *m_level, letter,
                                            QDate::currentDate(), folder->path());
    if (!message) {
        warn(QCoreApplication::translate("LevelsPage", "Test letter"),
             Status::failure(message.error()));
        return false;
    }
    return m_agencyMail->send(*message, folder);
}
