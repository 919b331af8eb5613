teSearchFile("terms/69-74-73",[["its",[1,2,21,2],[]]]);
