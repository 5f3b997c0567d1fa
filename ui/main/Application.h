#pragma once

// Starts the desktop application: translations, the database (the one given
// with --db, or the user's own), the main window.
namespace Application {
int run(int argc, char** argv);
}
