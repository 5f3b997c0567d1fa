#include "TemplateEditorDialog.h"

#include "FieldToken.h"
#include "TemplateListModel.h"
#include "TemplateTextEdit.h"
#include "common/ViewState.h"
#include "letters/LetterComposer.h"
#include "letters/LetterRenderer.h"
#include "letters/MergeFields.h"
#include "letters/SampleLetter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const auto geometryKey = QLatin1String("templateEditor/geometry");
const auto splitterKey = QLatin1String("templateEditor/splitter");
const auto errorStyle = QLatin1String("color: #b00020;");
// Long enough not to redraw on every key, short enough to feel live.
constexpr int previewPauseMs = 350;

} // namespace

TemplateEditorDialog::TemplateEditorDialog(const LetterTemplate& t, const Level& level,
                                           const AgencyIdentity& agency,
                                           const EnvelopeWindow& window, QWidget* parent)
    : QDialog(parent)
    , m_original(t)
    , m_level(level)
    , m_agency(agency)
    , m_window(window)
{
    setObjectName(QStringLiteral("TemplateEditorDialog"));
    setWindowTitle(t.id == 0 ? tr("New template — %1").arg(level.name)
                             : tr("Template “%1” — %2").arg(t.name, level.name));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setAccessibleName(tr("Template name"));
    m_name->setPlaceholderText(tr("e.g. Standard letter"));
    m_nameError = errorLabel(QStringLiteral("templateNameError"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->setAccessibleName(tr("Language of the letter"));
    for (const char* code : {"fr", "en"})
        m_language->addItem(TemplateListModel::languageName(QString::fromLatin1(code)),
                            QString::fromLatin1(code));
    m_default = new QCheckBox(tr("&Default template of this level for its language"), this);
    m_default->setObjectName(QStringLiteral("templateDefault"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("the letter's « Objet » and the e-mail's subject"));
    m_subjectError = errorLabel(QStringLiteral("templateSubjectError"));

    auto* nameBox = new QWidget(this);
    auto* nameLayout = new QVBoxLayout(nameBox);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    nameLayout->setSpacing(2);
    nameLayout->addWidget(m_name);
    nameLayout->addWidget(m_nameError);
    auto* subjectBox = new QWidget(this);
    auto* subjectLayout = new QVBoxLayout(subjectBox);
    subjectLayout->setContentsMargins(0, 0, 0, 0);
    subjectLayout->setSpacing(2);
    subjectLayout->addWidget(m_subject);
    subjectLayout->addWidget(m_subjectError);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), nameBox);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_default);
    form->addRow(tr("&Subject:"), subjectBox);

    m_editTabs = new QTabWidget(this);
    m_editTabs->setObjectName(QStringLiteral("templateParts"));
    m_editTabs->addTab(buildLetterTab(), tr("Le&tter"));
    m_editTabs->addTab(buildEmailTab(), tr("E-&mail"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_editTabs, 1);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("templateSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(buildPreview());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_saveError = errorLabel(QStringLiteral("saveError"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("templateButtons"));
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveTemplate"));
    m_testButton = buttons->addButton(tr("Send &test to agency…"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("sendTemplateTest"));
    m_testButton->setToolTip(tr("E-mail this letter, as it is now, for an account you choose, "
                                "to the agency's own address"));
    connect(m_testButton, &QPushButton::clicked, this, &TemplateEditorDialog::testRequested);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateEditorDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);

    buildFieldMenu();

    m_previewTimer = new QTimer(this);
    m_previewTimer->setObjectName(QStringLiteral("previewTimer"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(previewPauseMs);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditorDialog::refreshPreviewNow);

    // Load, then listen: loading is not an edit.
    m_name->setText(t.name);
    m_language->setCurrentIndex(qMax(0, m_language->findData(t.language)));
    m_default->setChecked(t.isDefault);
    m_subject->setText(t.emailSubject);
    loadBody(t.body);
    m_emailBody->loadPlainText(t.emailBody);
    m_target = m_body;

    auto changed = [this] {
        checkAll();
        m_previewTimer->start();
    };
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_subject, &QLineEdit::textChanged, this, changed);
    connect(m_body, &QTextEdit::textChanged, this, changed);
    connect(m_emailBody, &QTextEdit::textChanged, this, changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, changed);
    m_focusConnection =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
            if (now == m_body || now == m_subject || now == m_emailBody)
                m_target = now;
        });

    checkAll();
    // The preview widget may already have drawn while the dialog was built.
    refreshPreviewNow();

    ViewState::remember(this, geometryKey, QSize(1180, 760));
    ViewState::restore(splitter, splitterKey);
    connect(this, &QDialog::finished, splitter,
            [splitter] { ViewState::save(splitter, splitterKey); });
    m_name->setFocus();
}

TemplateEditorDialog::~TemplateEditorDialog()
{
    // QWidget's destructor hides the dialog, which moves the focus: by then
    // this object is only a QDialog and the lambda must not run.
    disconnect(m_focusConnection);
}

QLabel* TemplateEditorDialog::errorLabel(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(errorStyle);
    label->hide();
    return label;
}

QWidget* TemplateEditorDialog::buildLetterTab()
{
    auto* page = new QWidget(this);
    m_toolbar = new QToolBar(page);
    m_toolbar->setObjectName(QStringLiteral("formatToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_body = new TemplateTextEdit(page);
    m_body->setObjectName(QStringLiteral("letterBody"));
    m_body->setAccessibleName(tr("Letter body"));
    m_body->setTabChangesFocus(true);

    auto addToggle = [this](const QString& text, const QString& objectName, const QKeySequence& key,
                            const QString& tip) {
        QAction* a = m_toolbar->addAction(text);
        a->setObjectName(objectName);
        a->setCheckable(true);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tip);
        m_body->addAction(a);
        return a;
    };
    m_bold = addToggle(tr("B", "bold button"), QStringLiteral("formatBold"), QKeySequence::Bold,
                       tr("Bold (Ctrl+B)"));
    QFont f = m_bold->font();
    f.setBold(true);
    m_bold->setFont(f);
    m_italic = addToggle(tr("I", "italic button"), QStringLiteral("formatItalic"),
                         QKeySequence::Italic, tr("Italic (Ctrl+I)"));
    f = m_italic->font();
    f.setItalic(true);
    m_italic->setFont(f);
    m_underline = addToggle(tr("U", "underline button"), QStringLiteral("formatUnderline"),
                            QKeySequence::Underline, tr("Underline (Ctrl+U)"));
    f = m_underline->font();
    f.setUnderline(true);
    m_underline->setFont(f);
    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_body->mergeCurrentCharFormat(fmt);
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontItalic(on);
        m_body->mergeCurrentCharFormat(fmt);
    });
    connect(m_underline, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontUnderline(on);
        m_body->mergeCurrentCharFormat(fmt);
    });
    m_toolbar->addSeparator();

    auto addList = [this](const QString& text, const QString& objectName,
                          QTextListFormat::Style style, const QString& tip) {
        QAction* a = m_toolbar->addAction(text);
        a->setObjectName(objectName);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, [this, style] {
            QTextCursor cursor = m_body->textCursor();
            if (QTextList* list = cursor.currentList(); list && list->format().style() == style) {
                // A second click takes the paragraph out of the list.
                QTextBlockFormat block = cursor.blockFormat();
                list->remove(cursor.block());
                block.setIndent(0);
                cursor.setBlockFormat(block);
                return;
            }
            cursor.createList(style);
        });
    };
    addList(tr("• List"), QStringLiteral("formatBulletList"), QTextListFormat::ListDisc,
            tr("Bulleted list"));
    addList(tr("1. List"), QStringLiteral("formatNumberedList"), QTextListFormat::ListDecimal,
            tr("Numbered list"));
    m_toolbar->addSeparator();

    auto* alignGroup = new QActionGroup(this);
    auto addAlign = [this, alignGroup](const QString& text, const QString& objectName,
                                       Qt::Alignment alignment, const QString& tip) {
        QAction* a = m_toolbar->addAction(text);
        a->setObjectName(objectName);
        a->setToolTip(tip);
        a->setCheckable(true);
        a->setData(int(alignment));
        alignGroup->addAction(a);
        connect(a, &QAction::triggered, this,
                [this, alignment] { m_body->setAlignment(alignment); });
    };
    addAlign(tr("Left"), QStringLiteral("alignLeft"), Qt::AlignLeft | Qt::AlignAbsolute,
             tr("Align left"));
    addAlign(tr("Center"), QStringLiteral("alignCenter"), Qt::AlignHCenter, tr("Center"));
    addAlign(tr("Right"), QStringLiteral("alignRight"), Qt::AlignRight | Qt::AlignAbsolute,
             tr("Align right"));
    addAlign(tr("Justify"), QStringLiteral("alignJustify"), Qt::AlignJustify, tr("Justify"));
    m_toolbar->addSeparator();

    m_fieldButton = new QToolButton(page);
    m_fieldButton->setObjectName(QStringLiteral("insertFieldButton"));
    m_fieldButton->setText(tr("Insert field"));
    m_fieldButton->setToolTip(
        tr("Insert a merge field where the cursor is (in the subject, the letter or the e-mail)"));
    m_fieldButton->setPopupMode(QToolButton::InstantPopup);
    m_toolbar->addWidget(m_fieldButton);

    connect(m_body, &QTextEdit::cursorPositionChanged, this,
            &TemplateEditorDialog::updateFormatActions);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this,
            &TemplateEditorDialog::updateFormatActions);

    m_bodyError = errorLabel(QStringLiteral("letterBodyError"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_bodyError);
    return page;
}

QWidget* TemplateEditorDialog::buildEmailTab()
{
    auto* page = new QWidget(this);
    m_emailBody = new TemplateTextEdit(page);
    m_emailBody->setAcceptRichText(false);
    m_emailBody->setObjectName(QStringLiteral("emailBody"));
    m_emailBody->setAccessibleName(tr("E-mail body"));
    m_emailBody->setTabChangesFocus(true);
    m_emailBodyError = errorLabel(QStringLiteral("emailBodyError"));
    auto* hint = new QLabel(tr("Plain text. The letter goes with it as a PDF attachment."), page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_emailBody, 1);
    layout->addWidget(m_emailBodyError);
    return page;
}

QWidget* TemplateEditorDialog::buildPreview()
{
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("previewTabs"));
    m_previewWidget = new QPrintPreviewWidget(tabs);
    m_previewWidget->setObjectName(QStringLiteral("letterPreview"));
    m_previewWidget->setAccessibleName(tr("Preview of the letter"));
    m_previewWidget->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_previewWidget, &QPrintPreviewWidget::paintRequested, this,
            &TemplateEditorDialog::paintPreview);
    m_emailPreview = new QPlainTextEdit(tabs);
    m_emailPreview->setObjectName(QStringLiteral("emailPreview"));
    m_emailPreview->setAccessibleName(tr("Preview of the e-mail"));
    m_emailPreview->setReadOnly(true);
    tabs->addTab(m_previewWidget, tr("Letter preview"));
    tabs->addTab(m_emailPreview, tr("E-mail preview"));
    tabs->setToolTip(tr("A sample tenant's letter, drawn as it will print"));
    return tabs;
}

QString TemplateEditorDialog::fieldGroupTitle(const QString& prefix)
{
    if (prefix == QLatin1String("agency"))
        return TemplateEditorDialog::tr("Agency");
    if (prefix == QLatin1String("account"))
        return TemplateEditorDialog::tr("Tenant account");
    if (prefix == QLatin1String("guarantor"))
        return TemplateEditorDialog::tr("Guarantor");
    if (prefix == QLatin1String("recipient"))
        return TemplateEditorDialog::tr("Addressee");
    if (prefix == QLatin1String("reminder"))
        return TemplateEditorDialog::tr("Reminder");
    if (prefix == QLatin1String("letter"))
        return TemplateEditorDialog::tr("Letter");
    if (prefix == QLatin1String("plan"))
        return TemplateEditorDialog::tr("Payment plan");
    return TemplateEditorDialog::tr("Unpaid items");
}
void TemplateEditorDialog::buildFieldMenu()
{
    m_fieldMenu = new QMenu(this);
    m_fieldMenu->setObjectName(QStringLiteral("insertFieldMenu"));
    QHash<QString, QMenu*> groups;
    auto groupMenu = [&](const QString& prefix) {
        QMenu*& menu = groups[prefix];
        if (!menu)
            menu = m_fieldMenu->addMenu(fieldGroupTitle(prefix));
        return menu;
    };
    auto addField = [this](QMenu* menu, const MergeField& field) {
        QString text;
        bool wraps = false;
        switch (field.kind) {
        case MergeField::Kind::Flag:
        case MergeField::Kind::List:
            text = QStringLiteral("{{#%1}}").arg(field.name) +
                   QStringLiteral("{{/%1}}").arg(field.name);
            wraps = true;
            break;
        default:
            text = QStringLiteral("{{%1}}").arg(field.name);
        }
        QAction* a = menu->addAction(QStringLiteral("%1\t%2").arg(
            field.description, QStringLiteral("{{%1}}").arg(field.name)));
        a->setObjectName(QStringLiteral("field:") + field.name);
        a->setData(field.name);
        a->setToolTip(field.sample.isEmpty()
                          ? field.description
                          : tr("%1 — e.g. %2").arg(field.description, field.sample));
        connect(a, &QAction::triggered, this, [this, text, wraps] { insertField(text, wraps); });
    };
    for (const MergeField& field : MergeFields::all()) {
        const QString prefix =
            field.name.contains(u'.') ? field.name.section(u'.', 0, 0) : QStringLiteral("items");
        addField(groupMenu(prefix), field);
    }
    QMenu* items = groupMenu(QStringLiteral("items"));
    items->addSeparator();
    for (const MergeField& field : MergeFields::itemFields())
        addField(items, field);
    m_fieldButton->setMenu(m_fieldMenu);
}

void TemplateEditorDialog::insertField(const QString& text, bool wrapsSelection)
{
    QWidget* target = m_target ? m_target.data() : m_body;
    const qsizetype middle = text.indexOf(QLatin1String("}}{{/"));
    if (target == m_subject) {
        m_subject->insert(wrapsSelection && middle > 0
                              ? text.left(middle + 2) + m_subject->selectedText() +
                                    text.mid(middle + 2)
                              : text);
        m_subject->setFocus();
        return;
    }
    // In the letter and the e-mail a field shows as a token (its name in
    // the user's words), typed where the cursor is, with the surrounding
    // style; a section's start and end tokens go around the selection.
    TemplateTextEdit* edit = target == m_emailBody ? m_emailBody : m_body;
    QTextCursor cursor = edit->textCursor();
    if (wrapsSelection && middle > 0) {
        const QString selected = cursor.selectedText();
        cursor.removeSelectedText();
        FieldToken::insert(cursor, text.left(middle + 2));
        cursor.insertText(selected);
        FieldToken::insert(cursor, text.mid(middle + 2));
    } else {
        FieldToken::insert(cursor, text);
    }
    edit->setTextCursor(cursor);
    edit->setFocus();
}

void TemplateEditorDialog::loadBody(const QString& html)
{
    m_body->loadHtml(TemplateBodyHtml::toEditable(html));
    m_bodyHtml = TemplateBodyHtml::fromDocument(*m_body->document());
}

void TemplateEditorDialog::updateFormatActions()
{
    const QTextCharFormat fmt = m_body->currentCharFormat();
    m_bold->setChecked(fmt.fontWeight() > QFont::Medium);
    m_italic->setChecked(fmt.fontItalic());
    m_underline->setChecked(fmt.fontUnderline());
}

LetterTemplate TemplateEditorDialog::letterTemplate() const
{
    LetterTemplate t = m_original;
    t.name = m_name->text().trimmed();
    t.language = m_language->currentData().toString();
    t.isDefault = m_default->isChecked();
    t.emailSubject = m_subject->text().trimmed();
    t.body = m_bodyHtml.html;
    t.emailBody = m_emailBody->sourcePlainText();
    return t;
}

void TemplateEditorDialog::markBodyError(const std::optional<TemplateError>& error)
{
    QList<QTextEdit::ExtraSelection> marks;
    if (error) {
        const int position =
            TemplateBodyHtml::documentPosition(m_bodyHtml, error->line, error->column);
        if (position >= 0) {
            // Underline the faulty tag where the author sees it.
            QTextCursor cursor(m_body->document());
            cursor.setPosition(position);
            const QString text = m_body->document()->toPlainText();
            qsizetype end = text.indexOf(QLatin1String("}}"), position);
            const qsizetype lineEnd = text.indexOf(QChar::ParagraphSeparator, position);
            const qsizetype newline = text.indexOf(u'\n', position);
            qsizetype stop = newline >= 0 ? newline : text.size();
            if (lineEnd >= 0)
                stop = qMin(stop, lineEnd);
            end = end >= 0 && end < stop ? end + 2 : stop;
            if (position < text.size() && text.at(position) == QChar::ObjectReplacementCharacter)
                end = position + 1; // a field token: the whole field is the one character
            cursor.setPosition(int(qMax<qsizetype>(end, position + 1)), QTextCursor::KeepAnchor);
            QTextEdit::ExtraSelection mark;
            mark.cursor = cursor;
            mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            mark.format.setUnderlineColor(QColor(0xb0, 0x00, 0x20));
            mark.format.setBackground(QColor(0xfd, 0xe7, 0xea));
            marks.append(mark);
        }
    }
    m_body->setExtraSelections(marks);
}

void TemplateEditorDialog::checkAll()
{
    m_bodyHtml = TemplateBodyHtml::fromDocument(*m_body->document());
    const LetterTemplate t = letterTemplate();
    auto show = [](QLabel* label, const std::optional<TemplateError>& error) {
        label->setText(error ? error->message : QString());
        label->setVisible(error.has_value());
    };
    const auto subject = TemplateEngine::check(t.emailSubject, TemplateEngine::Part::EmailSubject);
    const auto body = TemplateEngine::check(t.body, TemplateEngine::Part::LetterBody);
    const auto email = TemplateEngine::check(t.emailBody, TemplateEngine::Part::EmailBody);
    show(m_subjectError, subject);
    show(m_bodyError, body);
    show(m_emailBodyError, email);
    markBodyError(body);
    const bool noName = t.name.isEmpty();
    m_nameError->setText(noName ? tr("Give the template a name.") : QString());
    m_nameError->setVisible(noName);
    m_editTabs->setTabText(0, body ? tr("Le&tter ⚠") : tr("Le&tter"));
    m_editTabs->setTabText(1, email ? tr("E-&mail ⚠") : tr("E-&mail"));
    m_hasError = subject || body || email || noName;
    m_saveButton->setEnabled(!m_hasError);
    if (m_testButton)
        m_testButton->setEnabled(!m_hasError);
}

bool TemplateEditorDialog::canSave() const
{
    return !m_hasError && m_saveButton->isEnabled();
}

QStringList TemplateEditorDialog::visibleProblems() const
{
    QStringList out;
    for (QLabel* label : {m_nameError, m_subjectError, m_bodyError, m_emailBodyError, m_saveError})
        if (!label->isHidden() && !label->text().isEmpty())
            out.append(label->text());
    return out;
}

void TemplateEditorDialog::composePreview()
{
    // A template with a fault keeps showing its last good state.
    if (m_hasError)
        return;
    const LetterTemplate t = letterTemplate();
    const LetterFacts facts = SampleLetter::facts(m_agency, m_level, t.language);
    m_preview = LetterComposer::compose(facts, t);
    m_emailPreview->setPlainText(tr("Subject: %1").arg(LetterComposer::emailSubject(facts, t)) +
                                 QStringLiteral("\n\n") + LetterComposer::emailBody(facts, t));
}

void TemplateEditorDialog::refreshPreviewNow()
{
    m_previewTimer->stop();
    composePreview();
    m_previewWidget->updatePreview();
}

void TemplateEditorDialog::paintPreview(QPrinter* printer)
{
    LetterRenderer::preparePage(*printer);
    QPainter painter(printer);
    LetterRenderer(m_window).render(painter, *printer, m_preview);
    ++m_renderCount;
}

void TemplateEditorDialog::accept()
{
    checkAll();
    if (!canSave())
        return;
    m_saveError->hide();
    if (m_save) {
        LetterTemplate t = letterTemplate();
        if (Status s = m_save(t); !s) {
            m_saveError->setText(s.error());
            m_saveError->show();
            return;
        }
        m_original = t;
    }
    QDialog::accept();
}
