import path from "node:path";

/** The committed training set (texts and labels, no weights). */
export const TRAINING_SET_PATH = path.join(__dirname, "training-set.json");
