/** The web explorer at /explore (placeholder until the explorer lands). */
import express, { type Router } from 'express';

export function explorerRouter(): Router {
  return express.Router();
}
