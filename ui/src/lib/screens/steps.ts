// The steps of each path, shown by the step indicator. Every path begins with the start screen's choice,
// so the indicator also shows how the person got here.
import { m } from "../i18n/index.ts";

export const linkSteps = [m.step_start, m.step_link_prepare, m.step_link_sign_in, m.step_link_link];
export const grantSteps = [m.step_start, m.step_grant_needs, m.step_grant_app, m.step_grant_sign_in, m.step_grant_access];
export const learnSteps = [m.step_start, m.step_learn];
