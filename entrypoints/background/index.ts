import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from './commands';
import { registerHandlers } from './handlers';
import { registerInstall } from './install';
import { registerMenus } from './menus';
import { registerTabTracking } from './tabs';

export default defineBackground(() => {
  registerHandlers();
  registerTabTracking();
  registerMenus();
  registerCommands();
  registerInstall();
});
