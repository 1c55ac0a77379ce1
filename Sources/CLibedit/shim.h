#ifndef LEDE_CLIBEDIT_SHIM_H
#define LEDE_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
