#pragma once

class Database;

// A section page that shows the open database. The main window hands it the
// database when one is opened, and null before it closes: the page must then
// let go of everything it read from it.
class DatabaseView
{
public:
    virtual ~DatabaseView() = default;
    virtual void setDatabase(const Database* db) = 0;
    // Column widths, splitter positions… saved when the window closes.
    virtual void saveViewState() const {}
    // Asked before the user leaves the page: another section, another
    // database, closing the window. A page holding edits not yet saved asks
    // whether to save, discard or stay (MessageBox); false keeps the user on
    // the page with everything still typed.
    virtual bool confirmLeave() { return true; }
    // Another section (or a run, an import) changed the database: read again
    // what the page shows. The main window calls it when the page is next
    // shown, so a change costs nothing to the pages nobody looks at.
    virtual void refresh() {}
};
