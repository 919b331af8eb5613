teSearchFile("terms/69-6e-73",[["institute",[1,1,2],[]],["instytut",[1,1,2],[]],["instytutu",[1,1,2],[]]]);
