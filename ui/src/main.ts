// Entry point: load the design system, then mount the app.
import { mount } from "svelte";
import "./styles/tokens.css";
import "./styles/base.css";
import App from "./App.svelte";

const target = document.getElementById("app");
if (!target) throw new Error("index.html must contain an element with id 'app'");

export default mount(App, { target });
