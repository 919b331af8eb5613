teSearchFile("terms/6e-65-65",[["need",[1,1,54],[]]]);
