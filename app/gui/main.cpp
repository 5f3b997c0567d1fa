// relance: the desktop application. It only starts things; MainWindow and
// the core library decide.
#include "main/Application.h"

int main(int argc, char** argv)
{
    return Application::run(argc, argv);
}
