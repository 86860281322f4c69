// Loaded by .mocharc before any test: natural pulls in dotenv, which prints a line per process
// unless told to be quiet.
process.env.DOTENV_CONFIG_QUIET = "true";
