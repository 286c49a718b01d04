// frontend-platform imports the MFE's env.config, which frontend-build points at the site's file (or
// an empty one when there is none); the plugins' tests run without one, as frontend-build does.
export default {};
