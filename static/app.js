// Start the NHS.UK frontend components (character counts, header menu, error summary focus).
import { initAll } from "./nhsuk/nhsuk-frontend.min.js";

initAll();
